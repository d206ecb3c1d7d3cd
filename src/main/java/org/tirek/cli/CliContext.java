package org.tirek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Starts Spring (no web server, quiet logs) the first time a command asks for a bean, so that usage
 * errors and {@code --help} cost nothing. When a Tirek server already runs on the same data
 * directory, its embedded database is used instead of being refused.
 */
final class CliContext implements AutoCloseable {

    private final Class<?> application;
    private final String[] springArgs;
    private final BufferedReader stdin;
    private @Nullable ConfigurableApplicationContext context;

    CliContext(Class<?> application, String[] springArgs, InputStream in) {
        this.application = application;
        this.springArgs = springArgs;
        this.stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    <T> T bean(Class<T> type) {
        ConfigurableApplicationContext current = context;
        if (current == null) {
            current = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(withCommandDefaults(springArgs));
            context = current;
        }
        return current.getBean(type);
    }

    /**
     * Settings every command runs with, as command-line arguments: they must outrank application.yaml
     * (whose {@code logging.level.root: INFO} would otherwise put connection-pool and migration lines on
     * standard output, among printed shares and tokens). An argument the operator gives wins.
     */
    static final List<String> COMMAND_DEFAULTS = List.of(
            "--tirek.database.attach-to-running=true",
            "--tirek.audit.verify-on-start=false",
            "--logging.level.root=WARN",
            "--logging.level.org.tirek=WARN");

    static String[] withCommandDefaults(String[] springArgs) {
        List<String> args = new ArrayList<>();
        for (String setting : COMMAND_DEFAULTS) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (Arrays.stream(springArgs).noneMatch(a -> a.startsWith(key))) args.add(setting);
        }
        args.addAll(Arrays.asList(springArgs));
        return args.toArray(String[]::new);
    }

    /** One line of standard input (a password or share), or an error when there is none. */
    String readSecretLine(String prompt) {
        java.io.Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null) throw new IllegalArgumentException("No input on standard input");
            return new String(typed);
        }
        try {
            String line = stdin.readLine();
            if (line == null) throw new IllegalArgumentException("Expected a line on standard input");
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether standard output is a terminal (progress redrawn in place) rather than a pipe or a file. */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        return console != null && isTerminal(console);
    }

    /** JDK 22+ returns a console even when input is piped; ask it (by reflection: we compile for 21). */
    private static boolean isTerminal(java.io.Console console) {
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    CommandLine.IFactory factory() {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(CliContext.class).newInstance(CliContext.this);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }

    @Override
    public void close() {
        if (context != null) context.close();
    }
}
