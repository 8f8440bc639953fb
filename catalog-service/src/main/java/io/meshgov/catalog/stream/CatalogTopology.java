package io.meshgov.catalog.stream;

import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.streams.DecodeOrDeadLetter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.&lt;domain&gt;.products|consumers, mesh.quality.status
 *   → decode (undecodable → mesh.dlq.catalog-service)
 *   → re-key by the event's productId and repartition (a product's events from every domain's topics meet in
 *     one task, whatever key or partition count the producer used)
 *   → govern (ledger over the product's stores) → mesh.alerts, mesh.governance.violations
 * the stores' changelogs → a global copy of each on every instance (queries never need another instance)
 * </pre>
 */
public final class CatalogTopology {

    public static final String SERVICE = "catalog-service";
    static final Pattern INPUTS = Pattern.compile(Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS)
                    .pattern() + "|" + Pattern.quote(Topics.QUALITY_STATUS));

    private static final Map<String, DecodeOrDeadLetter.TopicKind> PLATFORM_INPUTS = Map.of(
            Topics.QUALITY_STATUS,
            new DecodeOrDeadLetter.TopicKind(EnumSet.of(MeshEventType.QUALITY_STATUS_CHANGED), null));

    private CatalogTopology() {}

    public static KStream<String, Emission> build(
            StreamsBuilder builder, CatalogLedger ledger, Clock clock, CatalogSettings settings, ReadModel readModel) {
        CatalogStores.addTo(builder);
        KStream<String, Emission> emissions = MeshEdge.eventsByProduct(
                        builder, INPUTS, SERVICE, Topics.CATALOG_DEAD_LETTER, PLATFORM_INPUTS, settings.partitions())
                .process(
                        () -> new CatalogProcessor(ledger, clock, settings.escalationCheck()),
                        Named.as("govern"),
                        CatalogStores.ALL.toArray(String[]::new));
        MeshEdge.emit(emissions);
        readModel.addTo(builder);
        return emissions;
    }

    /** The stores whose changelogs are the read model: all of them. */
    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, CatalogStores.ALL);
    }
}
