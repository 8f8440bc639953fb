package io.meshgov.catalog.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The last {@link #MAX} keys seen, kept as 64-bit hashes (the first 8 bytes of each key's SHA-256), oldest first, and
 * stored as one base64 string: a dataset's state read and written for every run stays about 1.4 KB however long its
 * keys are, where the keys themselves made it 25 KB (docs/benchmarks.md). Two different keys share a hash with a
 * probability of about 10⁻¹⁵ among 128.
 */
public final class RecentKeys {

    public static final int MAX = 128;
    public static final String NONE = "";

    private RecentKeys() {}

    public static boolean contains(String recent, String key) {
        return indexOf(Base64.getDecoder().decode(recent), hash(key)) >= 0;
    }

    /** The keys with {@code key} added as the newest, the oldest dropped beyond {@link #MAX}. */
    public static String with(String recent, String key) {
        return appended(Base64.getDecoder().decode(recent), hash(key));
    }

    /** The keys with {@code key} added, or empty when it is among them already: one decoding, one hash. */
    public static Optional<String> added(String recent, String key) {
        byte[] kept = Base64.getDecoder().decode(recent);
        long hash = hash(key);
        return indexOf(kept, hash) >= 0 ? Optional.empty() : Optional.of(appended(kept, hash));
    }

    private static int indexOf(byte[] kept, long hash) {
        ByteBuffer keys = ByteBuffer.wrap(kept);
        for (int at = 0; at + Long.BYTES <= kept.length; at += Long.BYTES) {
            if (keys.getLong(at) == hash) return at;
        }
        return -1;
    }

    private static String appended(byte[] kept, long hash) {
        int keep = Math.min(kept.length, (MAX - 1) * Long.BYTES);
        ByteBuffer next = ByteBuffer.allocate(keep + Long.BYTES);
        next.put(kept, kept.length - keep, keep).putLong(hash);
        return Base64.getEncoder().encodeToString(next.array());
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
