package io.meshgov.catalog.web;

import io.meshgov.wire.EventCodec;
import io.meshgov.wire.ReleasedSchemas;
import io.meshgov.wire.ReleasedSchemas.Release;
import io.meshgov.wire.ReleasedSubjects;
import io.meshgov.wire.SingleObjectCodec;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.SchemaNormalization;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every released event schema, with what a pipeline in any language needs to write it: the fingerprint and the
 * single-object header to put before the body, the parsing canonical form it is computed from (to check a library's
 * own), and, with a schema registry, the subject and id for the Confluent framing.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class SchemasController {

    /**
     * @param pipelineTopic the topic kind a domain's pipeline writes it to; null for the services' own events
     * @param singleObjectHeader the 10 bytes before the body in single-object encoding, in hex
     * @param subject the registry subject (record-name strategy), null without a registry
     * @param registryId the registry's id of this version: the 4 bytes after 00 in the Confluent framing
     */
    record ReleasedSchema(
            String type,
            int version,
            boolean current,
            String pipelineTopic,
            String fingerprint,
            String singleObjectHeader,
            String canonicalForm,
            JsonNode schema,
            String subject,
            Integer registryId) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventCodec codec;
    private final List<Release> releases = ReleasedSchemas.load().all().stream()
            .sorted(Comparator.comparing((Release r) -> r.type().schemaName()).thenComparing(Release::version))
            .toList();

    SchemasController(EventCodec codec) {
        this.codec = codec;
    }

    @GetMapping("/schemas")
    List<ReleasedSchema> schemas() {
        boolean registry = codec.registry().isPresent();
        return releases.stream()
                .map(r -> new ReleasedSchema(
                        r.type().schemaName(),
                        r.version(),
                        r.fingerprint()
                                == SingleObjectCodec.fingerprint(r.type().schema()),
                        r.type()
                                .inputTopic()
                                .map(t -> "mesh.<domain>." + t.name().toLowerCase())
                                .orElse(null),
                        r.fingerprintHex(),
                        HexFormat.ofDelimiter(" ").formatHex(SingleObjectCodec.header(r.fingerprint())),
                        SchemaNormalization.toParsingForm(r.schema()),
                        JSON.readTree(r.schema().toString()),
                        registry ? ReleasedSubjects.subjectOf(r.type()) : null,
                        codec.registryId(r.fingerprint()).orElse(null)))
                .toList();
    }
}
