package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    void failsASchemaThatChangedCompatiblyButWasNotReleased() {
        Schema changed = withOptionalField(MeshEventType.QUALITY_MEASURED.schema(), "batch");

        List<String> problems = EvolutionGuard.check(
                type -> type == MeshEventType.QUALITY_MEASURED ? changed : type.schema(), ReleasedSchemas.load());

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("QualityMeasured has changed since its last release and is not released")
                .contains("released/QualityMeasured/v3.avsc");
    }

    @Test
    void refusesToLoadWhenALockedFingerprintWasEdited() {
        String lock = text(ReleasedSchemas.LOCK).replace("3d6dffd35be99413", "3d6dffd35be99414");

        assertThatThrownBy(() -> ReleasedSchemas.load(
                        path -> path.equals(ReleasedSchemas.LOCK) ? stream(lock) : ReleasedSchemas.resource(path)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released schema meshgov/schemas/released/QualityMeasured/v1.avsc was changed")
                .hasMessageContaining("3d6dffd35be99414");
    }

    @Test
    void refusesToLoadWhenAReleasedFileWasEdited() {
        String v1 = "meshgov/schemas/released/QualityMeasured/v1.avsc";
        String edited = withOptionalField(parse(text(v1)), "batch").toString(true);

        assertThatThrownBy(() ->
                        ReleasedSchemas.load(path -> path.equals(v1) ? stream(edited) : ReleasedSchemas.resource(path)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released schema " + v1 + " was changed after its release")
                .hasMessageContaining("says 3d6dffd35be99413");
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

    /** The schema with one more optional string field (a FULL-compatible change), every other field as it was. */
    private static Schema withOptionalField(Schema schema, String name) {
        List<Schema.Field> fields = new java.util.ArrayList<>();
        for (Schema.Field f : schema.getFields()) fields.add(new Schema.Field(f, f.schema()));
        fields.add(new Schema.Field(
                name,
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                null,
                Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static String text(String resource) {
        try (InputStream in = ReleasedSchemas.resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
