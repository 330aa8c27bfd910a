package org.newskg.cli;

import org.newskg.ingest.Ingest;
import org.newskg.ingest.feed.UserAgent;
import org.newskg.pipeline.RunOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command. Exit statuses are {@link RunOutcome}'s. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Builds a knowledge graph of who said what, about what, and who belongs to which party, from news articles.",
                "", Ingest.FORMATS,
                "Exit status: 0 all went through; 3 some articles, pages or feeds failed (even all of them), each named on stderr;",
                "1 the run could not proceed (store unreachable, configuration unreadable); 2 bad usage."},
        subcommands = {ExtractCommand.class, LoadCommand.class, WatchCommand.class, ServeCommand.class, QueryCommand.class, DemoCommand.class,
                IngestCommand.class, DeriveCommand.class,
                ScoreCommand.class, TrainSpeakerCommand.class, TrainReportedCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = RunOutcome.OK.exitStatus();
    public static final int FATAL = RunOutcome.COULD_NOT_RUN.exitStatus();
    public static final int USAGE = RunOutcome.BAD_USAGE.exitStatus();
    public static final int PARTIAL = RunOutcome.SOME_FAILED.exitStatus();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newskg " + cmd.getCommandName() + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return FATAL;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg " + UserAgent.version() + " (extraction " + org.newskg.extract.Extractor.VERSION + ")",
                    "Apache Jena 5.6.0, Apache OpenNLP 2.5.6"};
        }
    }
}
