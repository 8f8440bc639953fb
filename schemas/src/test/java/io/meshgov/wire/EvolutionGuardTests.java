package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The first test is the guard itself: it fails the build when a schema in {@code src/main/avro} is changed in a way
 * that is not FULL-compatible with a released version, or is changed without being released. The others show that
 * the guard tells a compatible change from an incompatible one.
 */
class EvolutionGuardTests {

    private static final Schema RELEASED = parse("""
            {"type": "record", "name": "Measured", "namespace": "io.meshgov.test", "fields": [
              {"name": "kpi", "type": "string"},
              {"name": "value", "type": "double"}
            ]}""");

    @Test
    void everyCurrentSchemaIsReleasedAndFullyCompatibleWithEveryReleasedVersion() {
        assertThat(EvolutionGuard.check(ReleasedSchemas.load())).isEmpty();
    }

    @Test
    void acceptsAnAddedOptionalFieldWithADefault() {
        Schema candidate = parse("""
                {"type": "record", "name": "Measured", "namespace": "io.meshgov.test", "fields": [
                  {"name": "kpi", "type": "string"},
                  {"name": "value", "type": "double"},
                  {"name": "unit", "type": ["null", "string"], "default": null}
                ]}""");

        assertThat(EvolutionGuard.fullCompatibility(candidate, List.of(RELEASED)))
                .isEmpty();
    }

    @Test
    void rejectsARemovedFieldThatHadNoDefault() {
        Schema candidate = parse("""
                {"type": "record", "name": "Measured", "namespace": "io.meshgov.test", "fields": [
                  {"name": "kpi", "type": "string"}
                ]}""");

        assertThat(EvolutionGuard.fullCompatibility(candidate, List.of(RELEASED)))
                .singleElement()
                .asString()
                .contains("forward")
                .contains("value");
    }

    @Test
    void rejectsAChangedFieldType() {
        Schema candidate = parse("""
                {"type": "record", "name": "Measured", "namespace": "io.meshgov.test", "fields": [
                  {"name": "kpi", "type": "string"},
                  {"name": "value", "type": "string"}
                ]}""");

        assertThat(EvolutionGuard.fullCompatibility(candidate, List.of(RELEASED)))
                .isNotEmpty()
                .allSatisfy(
                        problem -> assertThat(problem).contains("TYPE_MISMATCH").contains("/fields/1/type"));
    }

    @Test
    void rejectsAnAddedFieldWithoutADefault() {
        Schema candidate = parse("""
                {"type": "record", "name": "Measured", "namespace": "io.meshgov.test", "fields": [
                  {"name": "kpi", "type": "string"},
                  {"name": "value", "type": "double"},
                  {"name": "runId", "type": "string"}
                ]}""");

        assertThat(EvolutionGuard.fullCompatibility(candidate, List.of(RELEASED)))
                .singleElement()
                .asString()
                .contains("backward")
                .contains("runId");
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
