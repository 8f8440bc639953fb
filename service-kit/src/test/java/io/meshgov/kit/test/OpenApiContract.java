package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is a contract of its own: the OpenAPI document a service serves at {@code /v3/api-docs} is checked in as
 * {@code docs/api/<service>.openapi.json}, and a served document that differs fails the build, so an API change is a
 * visible diff in review. {@code -Dmeshgov.openapi.write=true} writes the served document instead; review the diff and
 * commit it.
 */
public final class OpenApiContract {

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiContract() {}

    /** Fails unless {@code api} serves the document checked in for {@code service} (keys sorted, servers left out). */
    public static void assertServedAsCheckedIn(Api api, String service) {
        JsonNode served = api.ok("/v3/api-docs");
        assertThat(served.get("paths").propertyNames()).as("paths served").isNotEmpty();
        String text = canonical(served);
        Path file = repositoryRoot().resolve("docs/api/" + service + ".openapi.json");
        try {
            if (Boolean.getBoolean("meshgov.openapi.write")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                return;
            }
            assertThat(file)
                    .as("the checked-in contract (write it with -Dmeshgov.openapi.write=true)")
                    .isRegularFile();
            assertThat(text)
                    .as(
                            "the API served differs from %s: if the change is meant, run the test with"
                                    + " -Dmeshgov.openapi.write=true and commit the diff",
                            file)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys sorted at every depth; {@code servers} names this test's random port, so it is left out. */
    static String canonical(JsonNode document) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = SORTED.treeToValue(document, Map.class);
        tree.remove("servers");
        return SORTED.writeValueAsString(tree) + "\n";
    }

    /** The nearest directory up from the module's with the Maven wrapper in it. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) return dir;
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }
}
