package org.newskg.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every reading task needs besides its file: the manifest (broadcast once) and the article size limit.
 *
 * @param key names the manifest and limit, so that an executor parses a manifest once however many tasks read with it
 */
record RunInputs(String manifestName, byte[] manifestBytes, long maxBytes, String key) implements Serializable {

    static RunInputs of(String manifestName, byte[] manifestBytes, long maxBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (manifestBytes != null) sha.update(manifestBytes);
            sha.update(Long.toString(maxBytes).getBytes(StandardCharsets.UTF_8));
            return new RunInputs(manifestName, manifestBytes, maxBytes, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
