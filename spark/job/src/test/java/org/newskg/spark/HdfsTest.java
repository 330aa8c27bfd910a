package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HDFS as input and output: an HDFS of one name node and one data node in this JVM (Hadoop's MiniDFSCluster), the
 * fixtures copied in, the job run from hdfs:// to hdfs://, its output copied out and compared with a single run.
 */
class HdfsTest {
    @TempDir Path dir;

    @Test
    void theJobReadsAndWritesHdfsAndGivesTheGraphsOfASingleRun() throws Exception {
        Fixtures.Inputs local = Fixtures.write(dir.resolve("in"));
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        try {
            hdfs.waitActive();
            FileSystem fs = hdfs.getFileSystem();
            String root = fs.getUri().toString();
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.demo().toUri()), new org.apache.hadoop.fs.Path("/in/demo"));
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.warcs().toUri()), new org.apache.hadoop.fs.Path("/in/warcs"));
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.jsonl().toUri()), new org.apache.hadoop.fs.Path("/in/extra.jsonl"));
            List<String> inputs = List.of(root + "/in/demo", root + "/in/warcs", root + "/in/extra.jsonl");

            SparkConf sparkConf = new SparkConf().setMaster("local[2]").setAppName("newskg-hdfs-test").set("spark.ui.enabled", "false");
            JobSummary s;
            try (JavaSparkContext sc = new JavaSparkContext(sparkConf)) {
                s = SparkJob.run(sc, JobConfig.of(inputs, root + "/out").withManifest(root + "/in/demo/manifest.tsv").withPartitions(2));
            }
            assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/out/" + SparkJob.MANIFEST)), "the output is in HDFS");
            Path copied = dir.resolve("copied");
            fs.copyToLocalFile(new org.apache.hadoop.fs.Path("/out"), new org.apache.hadoop.fs.Path(copied.toUri()));

            Expected job = Expected.output(copied);
            Expected single = Expected.singleRun(local.all(), Optional.of(local.manifest()));
            assertEquals(List.of(), single.graphDifferences(job), "graphs that differ");
            assertEquals(single.records(), job.records());
            assertEquals(single.graphs().size(), s.articles());
            // The same failures, each file named by its path in HDFS rather than on the local disk.
            assertEquals(hdfsNames(single.failures(), dir.resolve("in").toString()), job.failures());
            assertTrue(job.failures().stream().allMatch(f -> f.get(0).startsWith("/in/")), job.failures().toString());
        } finally {
            hdfs.shutdown(true);
        }
    }

    private static Set<List<String>> hdfsNames(Set<List<String>> failures, String localRoot) {
        return failures.stream().map(f -> f.stream().map(x -> x.replace(localRoot, "/in")).toList()).collect(Collectors.toSet());
    }
}
