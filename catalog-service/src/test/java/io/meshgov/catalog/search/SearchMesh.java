package io.meshgov.catalog.search;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernanceSettings;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.stream.CatalogSettings;
import io.meshgov.catalog.stream.CatalogTopology;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.QualityStatus;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The catalog's real topology in a test driver, its views feeding a search index as a running instance's do: events
 * go in through the domains' topics, searches read what the catalog accepted.
 */
final class SearchMesh implements AutoCloseable {

    static final Instant NOW = MeshFixtures.T0.plus(Duration.ofDays(31));

    final IndexFeed feed = new IndexFeed();
    final TopologyTestDriver driver;
    final CatalogReadModel model;
    final ProductSearch search;

    SearchMesh(Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        CatalogTopology.build(
                builder,
                new CatalogLedger(new Governance(GovernanceSettings.defaultsOnly(), new AvroOutputSchemas())),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new CatalogSettings(4, (short) 1, Duration.ofSeconds(60), 2_000, Duration.ofMinutes(5), 10_000),
                CatalogTopology.readModel("meshgov-catalog"),
                EventCodec.singleObject(),
                feed);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "meshgov-catalog");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties, NOW);
        model = new CatalogReadModel(driver::getKeyValueStore);
        search = new ProductSearch(model, feed);
    }

    /** A fresh index over the same views: what another instance, or this one after a restart, builds. */
    ProductSearch anotherIndex() {
        return new ProductSearch(model, new IndexFeed());
    }

    static PublishedBuilder product(String id, String version, String name, Classification classification) {
        return PipelineEvents.published(id, version)
                .name(name)
                .definition("Kept by its team")
                .owner(id + "-team")
                .code("https://git.example/" + id, "abc123")
                .endpoint("http://data.example/" + id)
                .classification(classification)
                .occurredAt(MeshFixtures.T0);
    }

    void publish(String domain, PublishedBuilder product) {
        send("mesh." + domain + ".products", product.build());
    }

    void deprecate(String domain, String productId, String version) {
        send(
                "mesh." + domain + ".products",
                PipelineEvents.lifecycle(productId, version)
                        .reason("superseded")
                        .sunsetAt(NOW.plus(Duration.ofDays(120)))
                        .occurredAt(NOW)
                        .deprecated());
    }

    void register(String domain, String consumerId, String productId, String version, String purpose) {
        send(
                "mesh." + domain + ".consumers",
                PipelineEvents.consumer(consumerId, productId, version)
                        .kind(ConsumerKind.SYSTEM)
                        .purpose(purpose)
                        .contact(consumerId + "@example.com")
                        .registered());
    }

    void deregister(String domain, String consumerId, String productId, String version) {
        send(
                "mesh." + domain + ".consumers",
                PipelineEvents.consumer(consumerId, productId, version)
                        .kind(ConsumerKind.SYSTEM)
                        .purpose("leaving")
                        .contact(consumerId + "@example.com")
                        .deregistered());
    }

    void quality(String domain, String productId, String version, String kpi, QualityStatus status) {
        send(
                Topics.QUALITY_STATUS,
                QualityStatusChanged.newBuilder()
                        .setEventId(UUID.nameUUIDFromBytes((productId + version + kpi + status).getBytes())
                                .toString())
                        .setOccurredAt(NOW)
                        .setProductId(productId)
                        .setVersion(version)
                        .setDomain(domain)
                        .setKpi(kpi)
                        .setStatus(status)
                        .build());
    }

    private void send(String topic, SpecificRecord event) {
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())
                .pipeInput("any", EventSerdes.anyEvent().serializer().serialize(topic, event), NOW);
    }

    @Override
    public void close() {
        search.close();
        driver.close();
    }
}
