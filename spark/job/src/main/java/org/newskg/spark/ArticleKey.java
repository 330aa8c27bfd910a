package org.newskg.spark;

import java.io.Serializable;
import java.util.Comparator;

import org.apache.spark.Partitioner;

/**
 * An item's place: its id, then where a single run would read it. Partitioned by id alone and sorted by the whole
 * key, every article of one id meets the others in one partition, first read first. Items that are not articles
 * (failures, a WARC file's counts) sort after the articles of their id and take part in no comparison.
 */
record ArticleKey(String id, boolean article, int file, int record) implements Serializable {

    static ArticleKey of(ReadItem i) {
        String id = i.ok() ? i.id() : i.id() == null ? "" : i.id();
        return new ArticleKey(id, i.ok(), i.file(), i.record());
    }

    /** The key order, as a serializable comparator for Spark's sort. */
    static final class Order implements Comparator<ArticleKey>, Serializable {
        @Override
        public int compare(ArticleKey a, ArticleKey b) {
            int c = a.id.compareTo(b.id);
            if (c != 0) return c;
            c = Boolean.compare(b.article, a.article);
            if (c != 0) return c;
            c = Integer.compare(a.file, b.file);
            return c != 0 ? c : Integer.compare(a.record, b.record);
        }
    }

    /** Spreads ids evenly over the partitions, whatever files they came from: extraction balances across the cluster. */
    static final class ById extends Partitioner {
        private final int partitions;

        ById(int partitions) { this.partitions = partitions; }

        @Override
        public int numPartitions() { return partitions; }

        @Override
        public int getPartition(Object key) {
            ArticleKey k = (ArticleKey) key;
            // Items without an id spread by where they were read, not all onto one partition.
            int h = k.article() || !k.id().isEmpty() ? k.id().hashCode() : 31 * k.file() + k.record();
            return Math.floorMod(h, partitions);
        }

        @Override
        public boolean equals(Object o) { return o instanceof ById b && b.partitions == partitions; }

        @Override
        public int hashCode() { return partitions; }
    }
}
