package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newskg} command. Exit status: 0 success; 1 fatal error (nothing or not everything could be
 * attempted); 2 bad usage; 3 partial failure (some articles failed, every other one was written).
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Builds a knowledge graph of who said what, about what, and who belongs to which party, from news articles.",
                "", "Articles: .txt (the file is the body; id = file name), .html, .jsonl (one article per line); directories are walked.",
                "Exit status: 0 success, 1 fatal error, 2 bad usage, 3 partial failure (some articles failed, the rest went through)."},
        subcommands = {ExtractCommand.class, LoadCommand.class, WatchCommand.class, ServeCommand.class, QueryCommand.class, DemoCommand.class,
                IngestCommand.class, DeriveCommand.class,
                BenchCommand.class, ScoreCommand.class, TrainSpeakerCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

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
            return new String[] {"newskg " + org.newskg.extract.Extractor.VERSION, "Apache Jena 5.6.0, Apache OpenNLP 2.5.6"};
        }
    }
}
