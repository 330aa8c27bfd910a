package org.newskg.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.Ingest;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.RemoteStore;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.MountableFile;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;

/**
 * The docker/ setup as a data engineer runs it: the two images built from the repository's Dockerfiles, the stock
 * Fuseki with writes behind Shiro and its TDB2 data in a volume, and the newskg loader pointed at it. What the
 * loader puts there must be what a local load of the same articles gives.
 */
@EnabledIf(value = "dockerReachable", disabledReason = DockerSetupTest.NO_DOCKER)
class DockerSetupTest {
    static final String NO_DOCKER = "SKIPPED: no Docker engine can be reached, so the docker/ setup is not tested here. "
            + "Start one with ../shared/docker/start-docker.sh (bash .ci/run does) and run the tests again.";

    /** Also said on stderr: a skipped class is easy to miss in a build log, and this one skips a whole setup. */
    static boolean dockerReachable() {
        boolean up = DockerClientFactory.instance().isDockerAvailable();
        if (!up) System.err.println("DockerSetupTest " + NO_DOCKER);
        return up;
    }

    static final Path REPO = Path.of(System.getProperty("newskg.repo", "..")).toAbsolutePath().normalize();
    static final String USER = "loader";
    static final String PASSWORD = "pw-" + UUID.randomUUID();
    /** The names docker/compose.yaml uses, so the compose test runs the images this class built. */
    static final String LOADER_IMAGE = "newskg:latest";
    static final String FUSEKI_IMAGE = "newskg-fuseki:5.6.0";

    static Path articles;
    /** Per-graph triple counts of the demo corpus loaded locally, the reference for every Docker load. */
    static Map<String, Long> expected;

    @BeforeAll
    static void dockerAndReference(@TempDir Path tmp) throws Exception {
        articles = DemoCorpus.unpack(tmp.resolve("articles"));
        try (Tdb2Store local = Tdb2Store.inMemory(); Pipeline p = Pipeline.builder().build()) {
            SchemeGraphs.install(local);
            Loader.builder().store(local).pipeline(p).derivation(DerivedLayer.create()).build().load(Ingest.create().read(List.of(articles.toString())));
            expected = local.graphSizes();
        }
        build();
    }

    /** Read through the open query endpoint, as an analyst would, without credentials. */
    static Map<String, Long> graphCounts(GenericContainer<?> fuseki) {
        return RemoteStore.connect(datasetUrl(fuseki), Optional.empty()).graphSizes();
    }

    static String datasetUrl(GenericContainer<?> fuseki) {
        return "http://" + fuseki.getHost() + ":" + fuseki.getMappedPort(3030) + "/newskg";
    }

    static String queryUrl(GenericContainer<?> fuseki) { return datasetUrl(fuseki) + "/query"; }

    /** Both images, as docker/build.sh builds them, from the same Dockerfiles and base image argument. */
    static void build() throws IOException {
        Path jdkEtc = REPO.resolve("docker/target/jdk-etc");
        prepareJdkEtc(jdkEtc);
        String base = baseImage();
        Path jar = REPO.resolve("extractor/target/newskg.jar");
        Path fusekiJar = REPO.resolve("docker/target/jena-fuseki-server-5.6.0.jar");
        assertTrue(Files.isRegularFile(jar), "the runnable jar is built before this module: " + jar);
        assertTrue(Files.isRegularFile(fusekiJar), "the Fuseki jar is copied by this module's build: " + fusekiJar);
        new ImageFromDockerfile(LOADER_IMAGE, false)
                .withDockerfilePath("docker/Dockerfile")
                .withFileFromPath("docker/Dockerfile", REPO.resolve("docker/Dockerfile"))
                .withFileFromPath("docker/target/jdk-etc", jdkEtc)
                .withFileFromPath("extractor/target/newskg.jar", jar)
                .withBuildArg("BASE_IMAGE", base)
                .get();
        new ImageFromDockerfile(FUSEKI_IMAGE, false)
                .withDockerfilePath("docker/Dockerfile.fuseki")
                .withFileFromPath("docker/Dockerfile.fuseki", REPO.resolve("docker/Dockerfile.fuseki"))
                .withFileFromPath("docker/target/jdk-etc", jdkEtc)
                .withFileFromPath("docker/target/jena-fuseki-server-5.6.0.jar", fusekiJar)
                .withFileFromPath("docker/fuseki", REPO.resolve("docker/fuseki"))
                .withBuildArg("BASE_IMAGE", base)
                .get();
    }

    /**
     * Debian's JDK, which the local base image copies, keeps its security settings as links into
     * /etc/java-17-openjdk; the Dockerfiles copy that folder in. Elsewhere it holds only a marker file.
     */
    static void prepareJdkEtc(Path target) throws IOException {
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
    static String baseImage() {
        String env = System.getenv("NEWSKG_BASE_IMAGE");
        if (env != null && !env.isBlank()) return env;
        try {
            DockerClientFactory.instance().client().inspectImageCmd("newskg-base:bookworm-jdk17").exec();
            return "newskg-base:bookworm-jdk17";
        } catch (RuntimeException e) {
            return "eclipse-temurin:17-jre";
        }
    }

    static GenericContainer<?> fuseki(Network net, String volume) {
        return new GenericContainer<>(FUSEKI_IMAGE)
                .withNetwork(net).withNetworkAliases("fuseki")
                .withEnv("NEWSKG_USER", USER).withEnv("NEWSKG_PASSWORD", PASSWORD)
                .withEnv("FUSEKI_JAVA_OPTS", "-Xmx512m")
                .withExposedPorts(3030)
                .withCreateContainerCmdModifier(c -> c.getHostConfig().withBinds(new Bind(volume, new Volume("/fuseki/databases"))))
                .waitingFor(Wait.forHttp("/$/ping").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** One round of the loader image, as the compose file's service runs it, but once. */
    static String runLoader(Network net) {
        try (GenericContainer<?> loader = new GenericContainer<>(LOADER_IMAGE)
                .withNetwork(net)
                .withEnv("NEWSKG_USER", USER).withEnv("NEWSKG_PASSWORD", PASSWORD)
                .withCopyFileToContainer(MountableFile.forHostPath(articles), "/articles")
                .withCommand("watch", "--once", "--endpoint", "http://fuseki:3030/newskg",
                        "--lock", "/tmp/watch.lock", "--failures", "/tmp/failures.jsonl", "/articles")
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(5)))) {
            loader.start();
            return loader.getLogs();
        }
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * search-claims over HTTP finds Ruiz's claim that three demo outlets carry. Any row: her shortened quote
     * matches the phrase too, and which of the two ranks first is DemoEndToEndTest's concern, not this one's.
     */
    static boolean searchFinds(GenericContainer<?> fuseki) {
        RowSet rows = QueryRunner.select(QueryLibrary.text("search-claims"), queryUrl(fuseki),
                Map.of("q", QueryRunner.parameter("\"read every page\"")));
        boolean found = false;
        while (rows.hasNext()) found |= rows.next().get("text").getLiteralLexicalForm().contains("read every page of this report");
        return found;
    }

    @Test
    void theLoaderImageFillsTheFusekiImageAndTheVolumeKeepsIt() throws Exception {
        String volume = "newskg-it-" + UUID.randomUUID();
        try (Network net = Network.newNetwork()) {
            Map<String, Long> loaded;
            try (GenericContainer<?> fuseki = fuseki(net, volume)) {
                fuseki.start();
                String first = runLoader(net);
                assertTrue(first.contains("loaded 12,"), "the loader's report: " + first);
                loaded = graphCounts(fuseki);
                assertEquals(expected, loaded, "Fuseki holds, graph for graph, what a local load of the same articles gives");

                String again = runLoader(net);
                assertTrue(again.contains("loaded 0, skipped 12 unchanged"), "a second round skips everything: " + again);
                assertEquals(loaded, graphCounts(fuseki), "a second round changes no graph");

                RowSet speakers = QueryRunner.select(QueryLibrary.text("claims-across-outlets"), queryUrl(fuseki), Map.of());
                assertTrue(speakers.hasNext(), "analysts' queries answer through the stock Fuseki");
                assertTrue(searchFinds(fuseki), "the stock Fuseki's text index followed the loader's updates");

                String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";
                HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(datasetUrl(fuseki) + "/update"))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
                assertEquals(401, anonymous.statusCode(), "a write without credentials is refused");
                HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(datasetUrl(fuseki) + "/data?graph=urn:x:g"))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")).build());
                assertEquals(401, gsp.statusCode(), "a Graph Store write without credentials is refused");
                HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(
                        "http://" + fuseki.getHost() + ":" + fuseki.getMappedPort(3030) + "/index.html")).build());
                assertEquals(200, ui.statusCode(), "the Fuseki UI is on");
            }
            try (GenericContainer<?> restarted = fuseki(net, volume)) {
                restarted.start();
                assertEquals(loaded, graphCounts(restarted), "a new Fuseki container on the same volume serves the same graphs");
                assertTrue(searchFinds(restarted), "and its text index, which lives in the volume");
            }
        } finally {
            DockerClientFactory.instance().client().removeVolumeCmd(volume).exec();
        }
    }

    @Test
    void theComposeFileRunsFusekiAndTheScheduledLoader() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DockerComposeContainer<?> compose = new DockerComposeContainer<>(new File(REPO.resolve("docker/compose.yaml").toString()))
                .withPull(false)
                .withEnv(Map.of("NEWSKG_USER", USER, "NEWSKG_PASSWORD", PASSWORD,
                        "NEWSKG_ARTICLES", articles.toString(), "NEWSKG_PORT", Integer.toString(port), "NEWSKG_EVERY", "10m"));
        try {
            compose.start();
            String dataset = "http://127.0.0.1:" + port + "/newskg";
            Map<String, Long> seen = Map.of();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (System.nanoTime() < deadline && !seen.equals(expected)) {
                Thread.sleep(2000);
                try {
                    seen = RemoteStore.connect(dataset, Optional.empty(), 1, Duration.ofMillis(1)).graphSizes();
                } catch (RuntimeException notYet) {
                    // Fuseki still starting, or the loader's first round still running.
                }
            }
            assertEquals(expected, seen, "the loader service filled the Fuseki service with the articles folder");
        } finally {
            compose.stop();
        }
    }
}
