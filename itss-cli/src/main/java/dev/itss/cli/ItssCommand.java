package dev.itss.cli;

import dev.itss.read.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code itss} command. Exit codes: 0 success, also when findings exist unless
 * {@code --fail-on} is given and a finding reaches it (then 1); 2 bad input or usage; 3 an
 * internal error.
 */
@Command(name = "itss",
        mixinStandardHelpOptions = true,
        versionProvider = ItssCommand.Version.class,
        description = "ITSS continuous improvement for IT O&M services: measure, detect problems, improve.",
        subcommands = {DemoCommand.class, AssessCommand.class, PlanCommand.class, VerifyCommand.class, DiffCommand.class, ReviewCommand.class, KpiCommand.class, PolicyCommands.class, CatalogueCommands.Rules.class, CatalogueCommands.Metrics.class,
                picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class ItssCommand {
    public static final int OK = 0;
    public static final int FINDINGS_AT_FAIL_LEVEL = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging; route it to slf4j (warnings only) instead of JUL's console output.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // every command reads YAML (a mapping preset, the default policy, a snapshot): the mappers' start, about
        // a third of a second, runs on the other core while picocli reads the command line
        Thread warmUp = new Thread(() -> {
            try {
                dev.itss.internal.Mappers.yaml();
            } catch (Throwable e) {
                // only a head start: the command reads YAML itself, and says what went wrong there, on one line
            }
        }, "itss-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = INTERNAL_ERROR;
        try {
            code = run(out, err, args);
        } catch (Throwable e) {
            // an Error (out of memory, stack overflow) escapes picocli's handler; uncaught, the JVM would exit
            // with 1, the code of --fail-on, and a CI job would read a crash as "findings found"
            reserve = null;   // room to say so
            try {
                if (e instanceof OutOfMemoryError) {
                    err.println("internal error: out of memory (" + e.getMessage() + "); give the JVM more heap (ITSS_JAVA_OPTS=-Xmx4g) or a smaller input");
                } else {
                    err.println("internal error: " + dev.itss.internal.Escape.inline(String.valueOf(e)));
                    if (Boolean.getBoolean("itss.trace")) {
                        e.printStackTrace(err);
                    }
                }
            } catch (Throwable again) {
                // nothing more can be said; the exit code still says it
            }
        }
        System.exit(flushed(out, err, code));
    }

    /** Kept until an Error needs memory to be reported. */
    @SuppressWarnings("unused")
    private static byte[] reserve = new byte[512 * 1024];

    private static int flushed(PrintStream out, PrintStream err, int code) {
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = new CommandLine(new ItssCommand());
        commandLine.setOut(new PrintWriter(new EscapingWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)), true));
        commandLine.setErr(new PrintWriter(new EscapingWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8)), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InvalidInputException || e instanceof IllegalArgumentException
                ? BAD_INPUT : INTERNAL_ERROR);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            if (e instanceof InvalidInputException invalid) {
                errors.println("error: the input has " + invalid.problems().size() + " problem(s):");
                invalid.problems().forEach(p -> errors.println(p));
                return BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException) {
                errors.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof dev.itss.engine.RuleFailedException failed) {
                // a rule's own failure (a pack's consequence that throws, a rule that loops): named, without Drools' stack
                errors.println("error: " + failed.getMessage());
                if (Boolean.getBoolean("itss.trace")) {
                    e.printStackTrace(errors);
                }
                return INTERNAL_ERROR;
            }
            errors.println("internal error: " + e);
            errors.println("please report it with the input that caused it; run with -Ditss.trace=true for the stack trace");
            if (Boolean.getBoolean("itss.trace")) {
                e.printStackTrace(errors);
            }
            return INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            PrintWriter errors = e.getCommandLine().getErr();
            errors.println("error: " + e.getMessage());
            errors.println("run 'itss " + (e.getCommandLine().getCommandName().equals("itss") ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for usage");
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ItssCommand.class.getPackage().getImplementationVersion();
            return new String[] {"itss " + (version == null ? "development" : version)};
        }
    }
}
