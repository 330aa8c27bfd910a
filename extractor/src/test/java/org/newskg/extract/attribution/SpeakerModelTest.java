package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

/** The speaker model as a packaged OpenNLP model: it loads, refuses what is not its own, and trains the same twice. */
class SpeakerModelTest {

    /** Events a model can learn: the candidate a cue after the quote proposes is the speaker, others are not. */
    private static List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new Event("T", new String[] {"named", "by=cue-after-quote", "legacy=true"}));
            out.add(new Event("F", new String[] {"named", "unproposed", "legacy=false", "tok=" + (i % 3)}));
            out.add(new Event("F", new String[] {"none", "none&named=true"}));
        }
        return out;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (e.getName().equals(name)) return in.readAllBytes();
        }
        throw new AssertionError("no " + name + " in the model");
    }

    private static byte[] bytes(SpeakerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.serialize(out);
        return out.toByteArray();
    }

    @Test
    void theBundledModelLoadsAndPrefersTheCandidateACueProposes() {
        SpeakerModel m = SpeakerModel.bundled();
        double proposed = m.probability(new String[] {"named", "kind=PERSON", "by=cue-after-quote", "first=cue-after-quote", "legacy=true"});
        double far = m.probability(new String[] {"named", "kind=PERSON", "unproposed", "legacy=false", "other-legacy=cue-after-quote"});
        assertTrue(proposed > far, () -> proposed + " <= " + far);
    }

    @Test
    void trainingTwiceGivesTheSameWeights() throws IOException {
        byte[] a = entry(bytes(SpeakerTraining.train(events(), SpeakerTraining.defaultParameters())), "speaker.model");
        byte[] b = entry(bytes(SpeakerTraining.train(events(), SpeakerTraining.defaultParameters())), "speaker.model");
        assertArrayEquals(a, b);
    }

    @Test
    void aModelReadBackScoresAsTheOneWritten() throws IOException {
        SpeakerModel m = SpeakerTraining.train(events(), SpeakerTraining.defaultParameters());
        SpeakerModel back = SpeakerModel.read(new ByteArrayInputStream(bytes(m)));
        String[] f = {"named", "by=cue-after-quote", "legacy=true"};
        assertEquals(m.probability(f), back.probability(f), 1e-12);
        assertTrue(m.probability(f) > 0.5);
    }

    @Test
    void aModelOfAnotherFeatureSetIsRefused() throws IOException {
        byte[] zip = bytes(SpeakerTraining.train(events(), SpeakerTraining.defaultParameters()));
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(changed)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties"))
                    data = new String(data, "ISO-8859-1").replace(SpeakerModel.FEATURES_PROPERTY + "=" + SpeakerFeatures.VERSION,
                            SpeakerModel.FEATURES_PROPERTY + "=0").getBytes("ISO-8859-1");
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        // BaseModel wraps what validation throws in an IllegalArgumentException.
        Exception e = assertThrows(Exception.class, () -> SpeakerModel.read(new ByteArrayInputStream(changed.toByteArray())));
        assertTrue(e.getMessage().contains("trained on feature set 0"), e::getMessage);
    }
}
