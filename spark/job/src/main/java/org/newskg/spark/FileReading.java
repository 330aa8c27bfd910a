package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.warc.WarcArticleReader;
import org.newskg.ingest.warc.WarcCounts;

/**
 * Reads one input file on an executor, through the same readers as {@code newskg load}: a WARC file streamed record
 * by record ({@link WarcArticleReader}, one task per file), any other file whole once its size passes the limit
 * ({@link Ingest#read}). Every item is numbered in its file, so that duplicates are settled as a single run would.
 */
final class FileReading {
    private FileReading() {}

    static Iterator<ReadItem> read(InputFile f, Ingest ingest, long maxBytes, Configuration conf) {
        if (f.warc()) return warc(f, ingest, maxBytes, conf);
        List<ReadItem> out = new ArrayList<>();
        int[] n = {0};
        for (IngestItem item : ingest.read(f.path(), f.size(), () -> readAll(f, conf))) out.add(item(f, n[0]++, item));
        return out.iterator();
    }

    private static Iterator<ReadItem> warc(InputFile f, Ingest ingest, long maxBytes, Configuration conf) {
        PushIterator<ReadItem> it = new PushIterator<>("newskg-warc " + f.name(), sink -> {
            int[] n = {0};
            // One reader per file: its payload digests and URLs settle duplicates within the file; across files,
            // articles of one URL share an id, and the job settles those.
            WarcCounts c = new WarcArticleReader(maxBytes).read(f.path(), () -> Channels.newChannel(open(f, conf)),
                    item -> sink.accept(item(f, n[0]++, ingest.overlay(item))));
            sink.accept(ReadItem.counts(f.index(), Counts.of(c)));
        });
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> it.close());
        return it;
    }

    private static ReadItem item(InputFile f, int n, IngestItem item) {
        if (item instanceof IngestItem.Ok ok) return ReadItem.ok(f.index(), n, f.warc(), ArticleRow.of(ok.article()));
        IngestItem.Failed x = (IngestItem.Failed) item;
        return ReadItem.failed(f.index(), n, f.warc(), new Failure(x.source(), x.articleId(), x.reason()));
    }

    private static InputStream open(InputFile f, Configuration conf) throws IOException {
        Path p = new Path(URI.create(f.uri()));
        FileSystem fs = p.getFileSystem(conf);
        return fs.open(p);
    }

    private static byte[] readAll(InputFile f, Configuration conf) throws IOException {
        try (InputStream in = open(f, conf)) {
            return in.readAllBytes();
        }
    }
}
