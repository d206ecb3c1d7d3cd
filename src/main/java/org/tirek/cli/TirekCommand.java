package org.tirek.cli;

import picocli.CommandLine.Command;

@Command(
        name = "tirek",
        mixinStandardHelpOptions = true,
        versionProvider = TirekCommand.Version.class,
        description = "Administration of a Tirek installation.",
        subcommands = {
            UserCommand.class,
            TokenCommand.class,
            VaultCommand.class,
            EvidenceCommand.class,
            AuditCommand.class,
            IntakeCommand.class,
            DemoCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class TirekCommand {

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TirekCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tirek " + (version == null ? "development" : version)};
        }
    }
}
