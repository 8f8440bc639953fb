package io.meshgov.catalog.governance.avro;

import io.meshgov.catalog.governance.OutputSchemaCompatibility;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Output-port schemas are Avro schemas: checked with Avro's own compatibility rules. */
public final class AvroOutputSchemas implements OutputSchemaCompatibility {

    @Override
    public Optional<String> invalid(String schema) {
        try {
            parse(schema);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<String> backwardIncompatibility(String newer, String older) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(parse(newer), parse(older));
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) return Optional.empty();
        return Optional.of(result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                .collect(Collectors.joining("; ")));
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }
}
