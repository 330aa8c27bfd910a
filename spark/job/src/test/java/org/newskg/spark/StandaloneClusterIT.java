package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.docker.LocalImages;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * A standalone Spark cluster as a data engineer runs one: a master and two workers, each a container of the image
 * spark/Dockerfile builds from Spark's jars on Maven Central, and the job submitted from the built jar by
 * {@code SparkSubmit} in a third container, inputs and output on a folder all of them mount. Its output must be
 * what a single run of the same inputs gives, graph for graph, with the work spread over both workers.
 */
@EnabledIf(value = "dockerReachable", disabledReason = StandaloneClusterIT.NO_DOCKER)
class StandaloneClusterIT {
    static final String NO_DOCKER = "SKIPPED: no Docker engine can be reached, so the standalone Spark cluster is not tested here. "
            + "Start one with ../shared/docker/start-docker.sh (bash .ci/run does) and run the tests again.";
    static final Path REPO = Path.of(System.getProperty("newskg.repo", "../..")).toAbsolutePath().normalize();
    static final String IMAGE = "newskg-spark:4.0.1";
    static final String SHARED = "/shared";

    static boolean dockerReachable() {
        boolean up = DockerClientFactory.instance().isDockerAvailable();
        if (!up) System.err.println("StandaloneClusterIT " + NO_DOCKER);
        return up;
    }

    @TempDir Path dir;

    @Test
    void aMasterAndTwoWorkersRunTheJobFromTheBuiltJarAndGiveTheGraphsOfASingleRun() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Fixtures.Inputs local = Fixtures.write(shared.resolve("in"));
        Path jar = REPO.resolve("spark/target/newskg-spark.jar");
        assertTrue(Files.isRegularFile(jar), "the job's jar is built before its tests run (package phase of an earlier build): " + jar);
        Files.copy(jar, shared.resolve("newskg-spark.jar"), StandardCopyOption.REPLACE_EXISTING);
        ImageFromDockerfile image = build();

        try (Network net = Network.newNetwork();
             GenericContainer<?> master = node(image, net, "master").withCommand("-Xmx256m", "org.apache.spark.deploy.master.Master", "--host", "master")
                     .waitingFor(Wait.forLogMessage(".*I have been elected leader.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
             GenericContainer<?> worker1 = worker(image, net, "worker1", shared);
             GenericContainer<?> worker2 = worker(image, net, "worker2", shared)) {
            master.start();
            worker1.start();
            worker2.start();
            List<String> inputs = List.of(SHARED + "/in/demo", SHARED + "/in/warcs", SHARED + "/in/extra.jsonl");
            List<String> submit = new ArrayList<>(List.of("-Xmx768m", "org.apache.spark.deploy.SparkSubmit",
                    "--master", "spark://master:7077", "--deploy-mode", "client",
                    "--conf", "spark.driver.host=submit", "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
                    "--conf", "spark.ui.enabled=false",
                    "--class", "org.newskg.spark.SparkMain", SHARED + "/newskg-spark.jar",
                    "--out", SHARED + "/out", "--manifest", SHARED + "/in/demo/manifest.tsv", "--partitions", "4"));
            submit.addAll(inputs);
            String logs;
            long exit;
            try (GenericContainer<?> driver = node(image, net, "submit").withFileSystemBind(shared.toString(), SHARED, BindMode.READ_WRITE)
                    .withCommand(submit.toArray(String[]::new)).withStartupCheckStrategy(new UntilExit(Duration.ofMinutes(8)))) {
                driver.start();
                logs = driver.getLogs();
                exit = driver.getDockerClient().inspectContainerCmd(driver.getContainerId()).exec().getState().getExitCodeLong();
            }
            assertTrue(logs.contains("newskg-spark: " + SHARED + "/out: extracted "), logs);
            assertEquals(3, exit, "some articles of the fixtures fail, the others are written: exit status 3, as the command line's");
            assertTrue(worker1.getLogs().contains("Asked to launch executor") && worker2.getLogs().contains("Asked to launch executor"),
                    "both workers ran an executor: " + worker1.getLogs() + worker2.getLogs());
        }
        Expected job = Expected.output(shared.resolve("out"));
        Expected single = Expected.singleRun(local.all(), Optional.of(local.manifest()));
        assertEquals(List.of(), single.graphDifferences(job), "graphs that differ");
        assertEquals(single.records(), job.records());
        assertEquals(renamed(single.failures(), shared.toString()), job.failures());
        Map<?, ?> m = new ObjectMapper().readValue(shared.resolve("out/" + SparkJob.MANIFEST).toFile(), Map.class);
        assertEquals(single.graphs().size(), ((Number) m.get("articles")).intValue());
    }

    /** A one-shot container that is done when it exits, whatever its status (the test checks that). */
    static final class UntilExit extends StartupCheckStrategy {
        UntilExit(Duration timeout) { withTimeout(timeout); }

        @Override
        public StartupStatus checkStartupState(com.github.dockerjava.api.DockerClient client, String id) {
            var state = getCurrentState(client, id);
            return Boolean.TRUE.equals(state.getRunning()) || state.getFinishedAt() == null || state.getFinishedAt().startsWith("0001")
                    ? StartupStatus.NOT_YET_KNOWN : StartupStatus.SUCCESSFUL;
        }
    }

    private static Set<List<String>> renamed(Set<List<String>> failures, String localShared) {
        return failures.stream().map(f -> f.stream().map(x -> x.replace(localShared, SHARED)).toList()).collect(Collectors.toSet());
    }

    /** A container of the image just built: named by the build, not by a tag that Testcontainers would try to pull. */
    private static GenericContainer<?> node(ImageFromDockerfile image, Network net, String name) {
        return new GenericContainer<>(image).withNetwork(net).withNetworkAliases(name).withCreateContainerCmdModifier(c -> c.withHostName(name));
    }

    private static GenericContainer<?> worker(ImageFromDockerfile image, Network net, String name, Path shared) {
        return node(image, net, name).withFileSystemBind(shared.toString(), SHARED, BindMode.READ_WRITE)
                .withCommand("-Xmx256m", "org.apache.spark.deploy.worker.Worker", "--host", name, "--cores", "1", "--memory", "1200m",
                        "spark://master:7077")
                .waitingFor(Wait.forLogMessage(".*Successfully registered with master.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** The image of spark/Dockerfile, as `docker build -f spark/Dockerfile .` builds it, on the same base image as docker/. */
    static ImageFromDockerfile build() throws IOException {
        Path jdkEtc = REPO.resolve("spark/target/jdk-etc");
        LocalImages.prepareJdkEtc(jdkEtc);
        Path jars = REPO.resolve("spark/target/spark-jars");
        assertTrue(Files.isDirectory(jars), "the runtime module copies Spark's jars here: " + jars);
        ImageFromDockerfile image = new ImageFromDockerfile(IMAGE, false)
                .withDockerfilePath("spark/Dockerfile")
                .withFileFromPath("spark/Dockerfile", REPO.resolve("spark/Dockerfile"))
                .withFileFromPath("spark/target/jdk-etc", jdkEtc)
                .withFileFromPath("spark/target/spark-jars", jars)
                .withBuildArg("BASE_IMAGE", LocalImages.baseImage());
        image.get();
        return image;
    }
}
