package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;

/** Scheduled runs never overlap, and a run that finds the lock taken skips its turn with a partial status. */
class RunLockTest {
    @TempDir Path tmp;

    @Test
    void aSecondRunCannotTakeTheLockUntilTheFirstReleasesIt() throws Exception {
        Path f = tmp.resolve("run.lock");
        Optional<RunLock> first = RunLock.tryAcquire(f);
        assertTrue(first.isPresent());
        assertTrue(RunLock.tryAcquire(f).isEmpty(), "the lock is held");
        first.get().close();
        try (RunLock again = RunLock.tryAcquire(f).orElseThrow()) {
            assertTrue(Files.exists(f));
        }
    }

    @Test
    void watchOnceLoadsAndSkipsItsTurnWhileAnotherRunHoldsTheLock() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a1.txt"), "\"We will fix the bridge,\" said Mayor Ellen Voss.\n");
        Path db = tmp.resolve("db");
        Path lock = tmp.resolve("watch.lock");
        try (RunLock other = RunLock.tryAcquire(lock).orElseThrow()) {
            assertEquals(Main.PARTIAL, Main.run("watch", "--once", "--db", db.toString(), "--lock", lock.toString(), src.toString()));
        }
        assertEquals(Main.OK, Main.run("watch", "--once", "--db", db.toString(), "--lock", lock.toString(), src.toString()));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertTrue(store.records().containsKey("a1"));
        }
    }
}
