package org.tirek.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tirek.platform.InvalidRequestException;
import picocli.CommandLine;

/**
 * Entry point of the command line. Arguments of the form {@code --spring.x=y} are passed to Spring,
 * everything else to picocli; errors are one line on standard error, never a stack trace.
 */
public final class TirekCommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> FIRST_WORDS = Set.of(
            "user", "token", "vault", "evidence", "audit", "intake", "demo", "help", "-h", "--help", "-V", "--version");

    private TirekCommandLine() {}

    /** Whether these arguments ask for a command rather than for the web application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && FIRST_WORDS.contains(args[0]);
    }

    /**
     * Runs the command and returns its exit code.
     *
     * @param application the Spring Boot application class to start when a command needs beans
     */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, utf8(System.out), utf8(System.err), System.in);
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    static int run(Class<?> application, String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")
                    && arg.contains("=")
                    && arg.substring(2, arg.indexOf('=')).contains(".")) {
                springArgs.add(arg);
            } else {
                commandArgs.add(arg);
            }
        }
        try (CliContext context = new CliContext(application, springArgs.toArray(String[]::new), in)) {
            CommandLine commandLine = new CommandLine(new TirekCommand(), context.factory());
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setParameterExceptionHandler((e, unused) -> {
                err.println("error: " + e.getMessage());
                err.println("Try 'java -jar tirek.jar " + e.getCommandLine().getCommandName() + " --help'.");
                return USAGE;
            });
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
                err.println("error: " + messageOf(e));
                return e instanceof IllegalArgumentException ? USAGE : FAILED;
            });
            return commandLine.execute(commandArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("error: " + messageOf(e));
            return USAGE;
        }
    }

    /** The most specific message in the cause chain, on one line. */
    static String messageOf(Throwable e) {
        if (e instanceof InvalidRequestException) return String.valueOf(e.getMessage());
        Throwable root = e;
        String message = e.getMessage();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null) message = root.getMessage();
        }
        if (message == null) message = root.getClass().getSimpleName();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
