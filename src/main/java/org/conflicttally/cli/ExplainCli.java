package org.conflicttally.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.conflicttally.job.MonthlyCell;
import org.conflicttally.lexicon.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * scripts/explain: the events and sentences behind one figure of the monthly tables, read from a job's
 * output folder ({@link MonthlyCell}, without Spark: an answer in seconds).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = false,
        description = "Lists the events behind one cell of the monthly tables (casualties_by_actor_month, "
                + "displacements_by_actor_month, incidents_by_actor_month), largest first, each with its "
                + "reports and their sentences.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (also when the cell is empty)", "1:failed",
                "2:bad flags, an unknown type, or a folder that holds no job output"})
public final class ExplainCli implements Callable<Integer> {
    private static final String HELP = " (--help lists the flags)";

    @Parameters(paramLabel = "OUTPUT", description = "A job output folder (scripts/run writes target/tally).")
    String output;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = MonthConverter.class,
            description = "The month of the cell.")
    YearMonth month;

    @Option(names = "--type", paramLabel = "TYPE", required = true,
            description = "Fact type: killed, injured, displaced, attacks, ... (the types the tables hold).")
    String type;

    @Option(names = "--actor", paramLabel = "CODE",
            description = "The code of the cell (SYRGOV, CVL, UNK, ...). Default: every event of the month and type.")
    String code;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "actor (the code did it) or target (the code suffered it). With --actor only; "
                    + "default: both of the code's cells.")
    MonthlyCell.Role role;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", showDefaultValue = CommandLine.Help.Visibility.ALWAYS,
            description = "Events listed, largest first; 0 lists them all.")
    int top;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new CommandLine(new ExplainCli()), args);
    }

    /** With the output and error streams given: tests read what it prints. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ExplainCli());
        cli.setOut(out);
        cli.setErr(err);
        return run(cli, args);
    }

    private static int run(CommandLine cli, String... args) {
        // Mistakes the user can fix: one line and exit code 2, not the whole usage or a stack trace.
        cli.setParameterExceptionHandler((e, given) -> error(e.getCommandLine(), e.getMessage() + HELP));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException) {   // flags that do not go together
                return error(commandLine, e.getMessage() + HELP);
            }
            if (e instanceof ConfigException) {   // no job output there, or no such type in it
                return error(commandLine, e.getMessage());
            }
            throw e;
        });
        return cli.execute(args);
    }

    private static int error(CommandLine cli, String message) {
        cli.getErr().println("explain: " + message);
        return 2;
    }

    @Override
    public Integer call() throws Exception {
        if (role != null && code == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--role needs --actor (without it every event of the month is listed)");
        }
        if (top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 (all) or more");
        }
        MonthlyCell.Explanation explanation = MonthlyCell.explain(output, new MonthlyCell.Query(month, type, code, role));
        PrintWriter out = spec.commandLine().getOut();
        new ExplainText(out, month, type, top).print(explanation);
        out.flush();
        return 0;
    }

    /** YYYY-MM, with a message that says so rather than a parser's. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no month: expected YYYY-MM, as 2013-08");
            }
        }
    }
}
