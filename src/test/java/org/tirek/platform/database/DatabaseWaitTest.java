package org.tirek.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An unreachable external database gives one clear line per attempt and a wait, not a crash. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseWaitTest {

    @Test
    void keepsRetryingWithOneLinePerAttemptAndNeverShowsThePassword(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ExternalDatabase unreachable =
                new ExternalDatabase("jdbc:postgresql://127.0.0.1:" + closedPort + "/tirek", "tirek", "hunter2-secret");
        Thread waiting = Thread.ofPlatform().start(() -> {
            try {
                new DatabaseWait(unreachable).untilReachable();
            } catch (IllegalStateException interrupted) {
                // expected when the test interrupts the wait
            }
        });
        waiting.join(Duration.ofSeconds(3));
        assertThat(waiting.isAlive()).as("still waiting for the database").isTrue();
        waiting.interrupt();
        waiting.join(Duration.ofSeconds(5));

        String log = output.getAll();
        assertThat(log)
                .contains("Database external, 127.0.0.1:" + closedPort + " is unreachable (")
                .contains("retrying in 2 s")
                .doesNotContain("hunter2-secret")
                .doesNotContain("\tat ");
    }

    @Test
    void describesAnExternalDatabaseWithoutCredentials() {
        ExternalDatabase db =
                new ExternalDatabase("jdbc:postgresql://db.example:5433/tirek?password=leak", "tirek", "secret");
        assertThat(db.describe()).isEqualTo("external, db.example:5433");
        assertThat(db.toString()).doesNotContain("leak").doesNotContain("secret");
    }
}
