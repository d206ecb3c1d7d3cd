package org.tirek.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.tirek.TirekApplication;

/** The module structure is checked, not just drawn: modules use only each other's public API. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TirekApplication.class);

    @Test
    void modulesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
