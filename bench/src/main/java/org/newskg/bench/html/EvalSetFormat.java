package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A layout of an evaluation set on disk: whether a folder has it, and its pages. */
interface EvalSetFormat {
    /** The layout's name, as error messages and reports show it. */
    String name();

    boolean recognizes(Path dir);

    /** The set's pages, in a stable order. */
    List<EvalPage> read(Path dir) throws IOException;
}
