package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored format pinned by a checked-in file. A store's values outlive the build that wrote them (in RocksDB and in
 * the changelog a restore reads), so a test serializes a representative value exactly as the store does and compares
 * it with {@code src/test/resources/golden/<name>.json} of the module under test, then restores the value from that
 * file. A field renamed, retyped or dropped is then a failing test and a visible diff, not a restore that breaks.
 *
 * <p>The JSON is compared pretty-printed, fields in the order they were written (the order is part of the format; the
 * whitespace is not). {@code -Dmeshgov.golden.write=true} writes the files that are missing or differ and fails the
 * test, so the new format is reviewed and the test run once more without it.
 */
public final class GoldenFile {

    /** The system property that writes the golden files instead of failing on a difference. */
    public static final String WRITE = "meshgov.golden.write";

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
    private static final JsonMapper PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GoldenFile() {}

    /**
     * Fails unless {@code stored}, the bytes a store holds, is the JSON of the golden file {@code name}; returns the
     * file's bytes, the value as a store written by an earlier build holds it, to restore from.
     */
    public static byte[] assertStoredAsIn(String name, byte[] stored) {
        Path file = DIRECTORY.resolve(name + ".json");
        assertThat(Path.of("pom.xml"))
                .as("the module's directory (tests run from it)")
                .isRegularFile();
        assertThat(stored).as("the value the store holds").isNotNull();
        String actual = pretty(stored);
        try {
            String golden = Files.isRegularFile(file) ? Files.readString(file) : null;
            if (Boolean.getBoolean(WRITE) && !actual.equals(golden)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                fail("wrote %s: review and commit it, then run the test again without -D%s", file, WRITE);
            }
            if (golden == null) {
                fail(
                        "no golden file %s: write it with -D%s=true, review and commit it, then run the test again"
                                + " without it",
                        file.toAbsolutePath(), WRITE);
            }
            assertThat(actual)
                    .as(
                            "the stored format differs from %s: values stored before would no longer restore. If the"
                                    + " change is meant (and old values are still read), run the test with -D%s=true and commit"
                                    + " the diff",
                            file, WRITE)
                    .isEqualTo(golden);
            return golden.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(byte[] stored) {
        return PRETTY.writeValueAsString(PRETTY.readTree(stored)).replace("\r\n", "\n") + "\n";
    }
}
