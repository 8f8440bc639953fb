package io.meshgov.kit.test;

import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunState;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerializer;
import io.meshgov.wire.MeshEventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The catalog's decisions, for testing a service that follows them alone: each input given is written to
 * {@code mesh.governance.accepted} as catalog-service writes what it accepted (keyed by product, numbered per product
 * in order, with the domain whose topic carried it). The test decides what is accepted; lineage and quality must
 * not decide again.
 */
public final class CatalogDecisions implements AutoCloseable {

    private final KafkaProducer<String, SpecificRecord> producer;
    private final Map<String, Long> positions = new HashMap<>();
    private final List<EventAccepted> written = new ArrayList<>();
    private long offset;

    public CatalogDecisions(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Writing with the given client settings (the catalog's principal on a secured broker). Creates the topic as the
     * catalog does, if it is missing, with the services' default of 4 partitions (a topic auto-created with the
     * broker's default could have another count than the services' tasks).
     */
    public CatalogDecisions(Map<String, Object> client) {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(Topics.GOVERNANCE_ACCEPTED, 4, (short) 1)
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + Topics.GOVERNANCE_ACCEPTED, e);
        }
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new EventSerializer<>());
    }

    /** The inputs, accepted in this order, as if carried by {@code domain}'s topics. */
    public void accept(String domain, SpecificRecord... inputs) {
        for (SpecificRecord input : inputs) {
            long position = positions.merge(MeshEventType.productIdOf(input), 1L, Long::sum);
            send(accepted(domain, input, position, offset++));
        }
    }

    /** One input as catalog-service announces it when it accepts it at {@code position} of its product. */
    public static EventAccepted accepted(String domain, SpecificRecord input, long position, long offset) {
        return EventAccepted.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(("accepted\u0000" + eventId(input)).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setOccurredAt((Instant)
                        input.get(input.getSchema().getField("occurredAt").pos()))
                .setProductId(MeshEventType.productIdOf(input))
                .setPosition(position)
                .setDomain(domain)
                .setSourceTopic(
                        MeshEventType.of(input).inputTopic().orElseThrow().topicOf(DomainName.of(domain)))
                .setSourcePartition(0)
                .setSourceOffset(offset)
                .setEvent(input)
                .build();
    }

    /**
     * An observed run as catalog-service announces it once it bound it to {@code version} by the dataset it wrote
     * ({@code warehouse/<product>_<version>}), with no inputs and no quality facets (a test sets those it needs).
     */
    public static RunAccepted run(String productId, String version, String domain, String runId, Instant at) {
        return RunAccepted.newBuilder()
                .setEventId(
                        UUID.nameUUIDFromBytes(("run\u0000" + runId + "\u0000" + at).getBytes(StandardCharsets.UTF_8))
                                .toString())
                .setOccurredAt(at)
                .setProductId(productId)
                .setVersion(version)
                .setDomain(domain)
                .setSourceTopic("mesh." + domain + ".openlineage")
                .setSourcePartition(0)
                .setSourceOffset(0)
                .setRunId(runId)
                .setState(RunState.COMPLETE)
                .setJobNamespace("airflow://" + domain)
                .setJobName(productId + ".build")
                .setDataset(new DatasetName("postgres://warehouse:5432", productId + "_" + version))
                .setRole(DatasetRole.OUTPUT)
                .build();
    }

    /** Everything written so far written again, as a consumer re-reading the topic (or a replayed catalog) sees it. */
    public void redeliverAll() {
        List.copyOf(written).forEach(this::send);
    }

    private void send(EventAccepted accepted) {
        try {
            producer.send(new ProducerRecord<>(Topics.GOVERNANCE_ACCEPTED, accepted.getProductId(), accepted))
                    .get(30, TimeUnit.SECONDS);
            written.add(accepted);
        } catch (Exception e) {
            throw new IllegalStateException("could not write an accepted input", e);
        }
    }

    private static String eventId(SpecificRecord input) {
        return String.valueOf(input.get(input.getSchema().getField("eventId").pos()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
