package io.meshgov.wire;

import io.meshgov.wire.ReleasedSchemas.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * The rule that keeps old records readable and old readers working: every schema must be FULL-compatible
 * (backward and forward) with every released version of itself, and must itself be released before it is used.
 * The build runs it over all schemas; a change that breaks it fails the build with the reason.
 */
public final class EvolutionGuard {

    private EvolutionGuard() {}

    /** Every problem with today's schemas against the released ones; empty when the contract holds. */
    public static List<String> check(ReleasedSchemas released) {
        return check(MeshEventType::schema, released);
    }

    /** The same, for the given current schema of each event type (a test's changed copy). */
    static List<String> check(Function<MeshEventType, Schema> current, ReleasedSchemas released) {
        List<String> problems = new ArrayList<>();
        for (MeshEventType type : MeshEventType.values()) {
            List<Release> releases = released.of(type);
            Schema schema = current.apply(type);
            problems.addAll(fullCompatibility(
                    schema, releases.stream().map(Release::schema).toList()));
            long fingerprint = SingleObjectCodec.fingerprint(schema);
            if (releases.stream().noneMatch(r -> r.fingerprint() == fingerprint)) {
                int next = releases.stream().mapToInt(Release::version).max().orElse(0) + 1;
                problems.add(type.schemaName() + " has changed since its last release and is not released: add "
                        + ReleasedSchemas.pathOf(type, next) + " (the resolved schema) and the line '"
                        + type.schemaName() + " " + next + " "
                        + java.util.HexFormat.of().toHexDigits(fingerprint) + "' to "
                        + ReleasedSchemas.LOCK);
            }
        }
        return problems;
    }

    /** Problems of a candidate schema against earlier versions: each must read the other's records. */
    public static List<String> fullCompatibility(Schema candidate, List<Schema> earlier) {
        List<String> problems = new ArrayList<>();
        for (Schema old : earlier) {
            describe(
                    "backward (new reader, old record)",
                    SchemaCompatibility.checkReaderWriterCompatibility(candidate, old),
                    candidate,
                    problems);
            describe(
                    "forward (old reader, new record)",
                    SchemaCompatibility.checkReaderWriterCompatibility(old, candidate),
                    candidate,
                    problems);
        }
        return problems;
    }

    private static void describe(
            String direction, SchemaPairCompatibility result, Schema candidate, List<String> problems) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) return;
        for (Incompatibility i : result.getResult().getIncompatibilities()) {
            problems.add(candidate.getFullName() + " is not " + direction + " compatible with a released version: "
                    + i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
        }
    }
}
