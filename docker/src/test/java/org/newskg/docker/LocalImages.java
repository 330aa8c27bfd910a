package org.newskg.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;

/**
 * What every image the tests build needs from this machine: the base image and the JDK's security settings. Shared
 * by docker/'s and spark/'s container tests (spark/job reads it from this module's test jar).
 */
public final class LocalImages {
    public static final String LOCAL_BASE = "newskg-base:bookworm-jdk17";

    private LocalImages() {}

    /**
     * Debian's JDK, which the local base image copies, keeps its security settings as links into
     * /etc/java-17-openjdk; the Dockerfiles copy that folder in. Elsewhere it holds only a marker file.
     */
    public static void prepareJdkEtc(Path target) throws IOException {
        Files.createDirectories(target);
        Path etc = Path.of("/etc/java-17-openjdk");
        if (Files.isDirectory(etc)) {
            try (Stream<Path> files = Files.walk(etc)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(etc.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(target.resolve(".newskg"), "copied from the build machine's /etc/java-17-openjdk when present\n");
    }

    /** As docker/build.sh: the caller's choice, else the local JDK image of start-docker.sh, else the public default. */
    public static String baseImage() {
        String env = System.getenv("NEWSKG_BASE_IMAGE");
        if (env != null && !env.isBlank()) return env;
        try {
            DockerClientFactory.instance().client().inspectImageCmd(LOCAL_BASE).exec();
            return LOCAL_BASE;
        } catch (RuntimeException e) {
            return "eclipse-temurin:17-jre";
        }
    }
}
