package io.meshgov.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Every released version of every mesh event schema, kept in this module so that a record written with any of them
 * stays readable. {@code releases.lock} lists them with their fingerprints; a released file that was edited after
 * its release no longer matches its fingerprint and fails loading (and the build).
 */
public final class ReleasedSchemas {

    static final String ROOT = "meshgov/schemas/";
    static final String LOCK = ROOT + "releases.lock";

    /** One released schema version of one event type. */
    public record Release(MeshEventType type, int version, Schema schema, long fingerprint) {

        public String fingerprintHex() {
            return HexFormat.of().toHexDigits(fingerprint);
        }

        public String resource() {
            return pathOf(type, version);
        }
    }

    private final List<Release> releases;

    private ReleasedSchemas(List<Release> releases) {
        this.releases = List.copyOf(releases);
    }

    /** Where the lock and the released files are read from: this module's resources, or a test's edited copy. */
    @FunctionalInterface
    interface Resources {
        InputStream open(String path) throws IOException;
    }

    public static ReleasedSchemas load() {
        return load(ReleasedSchemas::resource);
    }

    static ReleasedSchemas load(Resources resources) {
        List<Release> releases = new ArrayList<>();
        try (BufferedReader lock =
                new BufferedReader(new InputStreamReader(resources.open(LOCK), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lock.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                releases.add(release(line.split("\\s+"), resources));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCK, e);
        }
        return new ReleasedSchemas(releases);
    }

    private static Release release(String[] entry, Resources resources) throws IOException {
        if (entry.length != 3) {
            throw new IllegalStateException(
                    LOCK + ": expected 'SchemaName version fingerprint', got " + List.of(entry));
        }
        MeshEventType type = MeshEventType.bySchemaName(entry[0])
                .orElseThrow(() -> new IllegalStateException(LOCK + " names unknown event type " + entry[0]));
        int version = Integer.parseInt(entry[1]);
        Schema schema;
        try (InputStream in = resources.open(pathOf(type, version))) {
            schema = new Schema.Parser().parse(in);
        }
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        long locked = HexFormat.fromHexDigitsToLong(entry[2]);
        if (fingerprint != locked) {
            throw new IllegalStateException("released schema " + pathOf(type, version) + " was changed after its"
                    + " release: its fingerprint is " + HexFormat.of().toHexDigits(fingerprint) + ", "
                    + LOCK + " says " + entry[2] + ". Released schemas are immutable; release a new version instead.");
        }
        return new Release(type, version, schema, fingerprint);
    }

    static String pathOf(MeshEventType type, int version) {
        return ROOT + "released/" + type.schema().getName() + "/v" + version + ".avsc";
    }

    static InputStream resource(String path) throws IOException {
        InputStream in = ReleasedSchemas.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }

    public List<Release> all() {
        return releases;
    }

    public List<Release> of(MeshEventType type) {
        return releases.stream().filter(r -> r.type() == type).toList();
    }

    public Optional<Release> latest(MeshEventType type) {
        return of(type).stream().reduce((a, b) -> a.version() > b.version() ? a : b);
    }

    public Optional<Release> byFingerprint(long fingerprint) {
        return releases.stream().filter(r -> r.fingerprint() == fingerprint).findFirst();
    }
}
