package io.meshgov.wire;

import io.meshgov.wire.ReleasedSchemas.Release;
import java.util.HashMap;
import java.util.Map;

/**
 * meshgov's released schemas in a schema registry. One subject per event type, named after its record's full name
 * (the record-name strategy: a product topic carries several event types, so a subject per topic would mix them, and
 * the Confluent and Apicurio serializers both offer this strategy). Every released version is registered in release
 * order, then the subject requires FULL_TRANSITIVE compatibility: the rule the build's evolution guard applies (each
 * version reads and is read by every released one), so the registry itself refuses what the build would refuse.
 */
public final class ReleasedSubjects {

    public static final String COMPATIBILITY = "FULL_TRANSITIVE";

    private ReleasedSubjects() {}

    public static String subjectOf(MeshEventType type) {
        return type.schema().getFullName();
    }

    /**
     * Registers every released version (idempotent: the registry keeps one id per subject and schema) and sets each
     * subject's compatibility. The current version is registered as the generated class prints its schema, which is
     * what a Java serializer sends, so that a pipeline's auto-registration finds it instead of adding a version.
     *
     * @return the registry's id of each released schema, by fingerprint
     */
    public static Map<Long, Integer> register(SchemaRegistryClient registry, ReleasedSchemas released) {
        Map<Long, Integer> ids = new HashMap<>();
        for (MeshEventType type : MeshEventType.values()) {
            long current = SingleObjectCodec.fingerprint(type.schema());
            for (Release release : released.of(type)) {
                String text = release.fingerprint() == current
                        ? type.schema().toString()
                        : release.schema().toString();
                ids.put(release.fingerprint(), registry.register(subjectOf(type), text));
            }
            registry.requireCompatibility(subjectOf(type), COMPATIBILITY);
        }
        return Map.copyOf(ids);
    }
}
