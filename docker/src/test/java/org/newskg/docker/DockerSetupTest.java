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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
 * The docker/ setup as a data engineer runs it: the newskg image built from the repository's Dockerfile, serving
 * (`newskg serve`: explorer, SPARQL, text index, result limit, warm-up) a TDB2 store in a volume with writes only
 * for the loader's credentials, and the same image as the loader pointed at it over HTTP. What the loader puts
 * there must be what a local load of the same articles gives, and an analyst must reach it through the explorer.
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
    /** The name docker/compose.yaml uses, so the compose test runs the image this class built. */
    static final String IMAGE = "newskg:latest";
    /** The demo corpus's most quoted senator, her page's address and the store-wide name its heading must show. */
    static final String PERSON_PATH = "/id/person/katherine-ruiz";
    static final String PERSON_NAME = "Katherine Ruiz";

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
    static Map<String, Long> graphCounts(String base) {
        return RemoteStore.connect(base + "/newskg", Optional.empty()).graphSizes();
    }

    static String base(GenericContainer<?> server) {
        return "http://" + server.getHost() + ":" + server.getMappedPort(3030);
    }

    /** The image, as docker/build.sh builds it, from the same Dockerfile and base image argument. */
    static void build() throws IOException {
        Path jdkEtc = REPO.resolve("docker/target/jdk-etc");
        LocalImages.prepareJdkEtc(jdkEtc);
        Path jar = REPO.resolve("extractor/target/newskg.jar");
        assertTrue(Files.isRegularFile(jar), "the runnable jar is built before this module: " + jar);
        new ImageFromDockerfile(IMAGE, false)
                .withDockerfilePath("docker/Dockerfile")
                .withFileFromPath("docker/Dockerfile", REPO.resolve("docker/Dockerfile"))
                .withFileFromPath("docker/target/jdk-etc", jdkEtc)
                .withFileFromPath("extractor/target/newskg.jar", jar)
                .withBuildArg("BASE_IMAGE", LocalImages.baseImage())
                .get();
    }

    /** The server as compose.yaml runs it, its store in {@code volume}; ready once its warm-up is done. */
    static GenericContainer<?> server(Network net, String volume) {
        return new GenericContainer<>(IMAGE)
                .withNetwork(net).withNetworkAliases("server")
                .withEnv("NEWSKG_USER", USER).withEnv("NEWSKG_PASSWORD", PASSWORD)
                .withEnv("JAVA_TOOL_OPTIONS", "-Xmx512m")
                .withCommand("serve", "--db", "/data/newskg-db", "--public", "--port", "3030", "--result-limit", "1000")
                .withExposedPorts(3030)
                .withCreateContainerCmdModifier(c -> c.getHostConfig().withBinds(new Bind(volume, new Volume("/data"))))
                // serve prints the addresses after its warm-up.
                .waitingFor(Wait.forLogMessage(".*SPARQL endpoint.*", 1).withStartupTimeout(Duration.ofMinutes(3)));
    }

    /** One round of the loader image, as the compose file's service runs it, but once. */
    static String runLoader(Network net) {
        try (GenericContainer<?> loader = new GenericContainer<>(IMAGE)
                .withNetwork(net)
                .withEnv("NEWSKG_USER", USER).withEnv("NEWSKG_PASSWORD", PASSWORD)
                .withCopyFileToContainer(MountableFile.forHostPath(articles), "/articles")
                .withCommand("watch", "--once", "--endpoint", "http://server:3030/newskg",
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
    static boolean searchFinds(String base) {
        RowSet rows = QueryRunner.select(QueryLibrary.text("search-claims"), base + "/newskg/query",
                Map.of("q", QueryRunner.parameter("\"read every page\"")));
        boolean found = false;
        while (rows.hasNext()) found |= rows.next().get("text").getLiteralLexicalForm().contains("read every page of this report");
        return found;
    }

    /**
     * What an analyst and an intruder get from the server: the person's page as HTML with her store-wide name, a
     * contract query's rows, the explorer's search, and 401 for SPARQL Update and Graph Store writes without the
     * loader's credentials.
     */
    static void servesAnalystsAndRefusesAnonymousWrites(String base) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + PERSON_PATH)).header("Accept", "text/html").build());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>" + PERSON_NAME + "</h1>"), "the person's page, rendered by the server: " + page.body());
        RowSet speakers = QueryRunner.select(QueryLibrary.text("claims-across-outlets"), base + "/newskg/query", Map.of());
        assertTrue(speakers.hasNext(), "analysts' queries answer");
        HttpResponse<String> search = send(HttpRequest.newBuilder(URI.create(base + "/explore/api/search?q=ruiz")).build());
        assertTrue(search.body().contains(PERSON_PATH), "the explorer's search finds her through the text index: " + search.body());

        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(base + "/newskg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertEquals(401, anonymous.statusCode(), "a write without credentials is refused");
        HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(base + "/newskg/data?graph=urn:x:g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")).build());
        assertEquals(401, gsp.statusCode(), "a Graph Store write without credentials is refused");
        HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(base + "/index.html")).build());
        assertEquals(200, ui.statusCode(), "the Fuseki UI is on");
    }

    @Test
    void theLoaderImageFillsTheServerAndTheVolumeKeepsIt() throws Exception {
        String volume = "newskg-it-" + UUID.randomUUID();
        try (Network net = Network.newNetwork()) {
            Map<String, Long> loaded;
            try (GenericContainer<?> server = server(net, volume)) {
                server.start();
                String first = runLoader(net);
                assertTrue(first.contains("loaded 12,"), "the loader's report: " + first);
                loaded = graphCounts(base(server));
                assertEquals(expected, loaded, "the server holds, graph for graph, what a local load of the same articles gives");

                String again = runLoader(net);
                assertTrue(again.contains("loaded 0, skipped 12 unchanged"), "a second round skips everything: " + again);
                assertEquals(loaded, graphCounts(base(server)), "a second round changes no graph");
                assertTrue(searchFinds(base(server)), "the text index followed the loader's updates");
                servesAnalystsAndRefusesAnonymousWrites(base(server));
            }
            try (GenericContainer<?> restarted = server(net, volume)) {
                restarted.start();
                assertEquals(loaded, graphCounts(base(restarted)), "a new server container on the same volume serves the same graphs");
                assertTrue(searchFinds(base(restarted)), "and its text index, which lives in the volume");
            }
        } finally {
            DockerClientFactory.instance().client().removeVolumeCmd(volume).exec();
        }
    }

    @Test
    void theComposeFileServesWhatItsLoaderLoads() throws Exception {
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
            String base = "http://127.0.0.1:" + port;
            String dataset = base + "/newskg";
            Map<String, Long> seen = Map.of();
            // Generous: on two cores shared with other builds, the loader's first round (models, 12 articles, the
            // derived layer over HTTP) took over four minutes; the loop ends as soon as the store is complete.
            long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
            while (System.nanoTime() < deadline && !seen.equals(expected)) {
                Thread.sleep(2000);
                try {
                    seen = RemoteStore.connect(dataset, Optional.empty(), 1, Duration.ofMillis(1)).graphSizes();
                } catch (RuntimeException notYet) {
                    // The server still starting, or the loader's first round still running.
                }
            }
            assertEquals(expected, seen, "the loader service filled the server with the articles folder");
            servesAnalystsAndRefusesAnonymousWrites(base);
        } finally {
            compose.stop();
        }
    }
}
