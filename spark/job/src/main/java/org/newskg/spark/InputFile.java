package org.newskg.spark;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One article file found under the inputs: its Hadoop URI, the name it goes by in messages and as the articles'
 * source, and its place in the order a single-machine run reads files in ({@code index}), which decides which of two
 * articles with one id is kept.
 *
 * @param name for a local file, the input as given joined with the path under it (what {@code newskg load} prints);
 *             for any other file system, the path part of the URI
 */
record InputFile(int index, String uri, String name, long size, boolean warc) implements Serializable {
    Path path() { return Path.of(name); }
}
