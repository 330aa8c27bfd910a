package org.newskg.bench.html;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The evaluation-set layouts the benchmark reads, and which one a folder has. */
public final class EvalSets {
    private static final List<EvalSetFormat> FORMATS = List.of(
            new ScrapingHubFormat(), new TrafilaturaFormat(), new DragnetFormat(), new CleanEvalFormat(), new ReadabilityTestFormat());

    private EvalSets() {}

    /** The pages of the set in {@code dir}, whichever known layout it has. */
    public static List<EvalPage> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a folder");
        for (EvalSetFormat f : FORMATS) if (f.recognizes(dir)) return f.read(dir);
        throw new IllegalArgumentException(dir + " has none of the known layouts: ScrapingHub (ground-truth.json, html/),"
                + " trafilatura (evaldata.json, eval/), Dragnet (HTML/, Corrected/), CleanEval (input/, GoldStandard/),"
                + " Readability's test pages (*/source.html, */expected.html)");
    }

    /** A set's name, as reports show it: its folder's name. */
    static String setName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    /** A reference file's text: UTF-16 by its byte order mark (some of Dragnet's), UTF-8, or windows-1252 for the older sets' files. */
    static String text(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }
}
