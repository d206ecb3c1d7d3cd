package org.tirek.proceedings.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tirek.proceedings.ProceedingType;

/** Every state and event of every machine has a label (the bundle test checks the other languages follow). */
class MachineLabelsTest {

    @ParameterizedTest
    @EnumSource(ProceedingType.class)
    void everyStateAndEventHasALabel(ProceedingType type) throws IOException {
        Properties labels = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/proceedings.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Machine machine = Machines.of(type);
        for (String event : machine.events()) {
            assertThat(labels.containsKey("proceedings.event." + event))
                    .as("label of event %s", event)
                    .isTrue();
        }
        for (String region : machine.regions()) {
            assertThat(labels.containsKey("proceedings.region." + region))
                    .as("label of region %s", region)
                    .isTrue();
            for (String state : machine.states(region)) {
                assertThat(labels.containsKey("proceedings.state." + state))
                        .as("label of state %s", state)
                        .isTrue();
            }
        }
    }
}
