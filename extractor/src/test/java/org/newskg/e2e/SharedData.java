package org.newskg.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** ../shared beside the checkout (CI has it); tests that need it skip with a message where it is absent. */
final class SharedData {
    private SharedData() {}

    static Path require(String sub) {
        Path base = Path.of(System.getProperty("newskg.shared", "../../shared"));
        Path p = base.resolve(sub);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: " + p.toAbsolutePath().normalize()
                + " is absent (the shared data sits beside the checkout in CI)");
        return p;
    }
}
