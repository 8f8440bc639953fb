package io.meshgov.catalog.stream;

import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.kit.inbound.InboundEdge;
import io.meshgov.kit.inbound.Inputs;
import io.meshgov.kit.inbound.TopicKind;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.ViewListener;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.MeshEventType;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.&lt;domain&gt;.products|consumers, mesh.quality.status
 *   → route by the event's productId (the wrong type for a topic, or a broken header → mesh.dlq.catalog-service)
 *   → repartition (a product's events from every domain's topics meet in one task, whatever key or partition
 *     count the producer used) → decode, once
 *   → govern (ledger over the product's stores; inputs naming a version not published yet wait for it)
 *     → mesh.alerts, mesh.governance.violations, mesh.governance.accepted (what lineage and quality follow)
 * mesh.&lt;domain&gt;.openlineage → observed runs, bound to versions by dataset ({@link ObservedRuns})
 * the stores' changelogs → a global copy of each on every instance (queries never need another instance)
 * </pre>
 */
public final class CatalogTopology {

    public static final String SERVICE = "catalog-service";
    static final Pattern INPUTS = Pattern.compile(Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS)
                    .pattern() + "|" + Pattern.quote(Topics.QUALITY_STATUS));

    private static final Map<String, TopicKind> PLATFORM_INPUTS =
            Map.of(Topics.QUALITY_STATUS, TopicKind.platform(MeshEventType.QUALITY_STATUS_CHANGED));

    private CatalogTopology() {}

    public static KStream<String, Emission> build(
            StreamsBuilder builder,
            CatalogLedger ledger,
            Clock clock,
            CatalogSettings settings,
            ReadModel readModel,
            EventCodec codec,
            ViewListener views) {
        CatalogStores.addTo(builder);
        Inputs inputs = new Inputs(
                SERVICE,
                INPUTS,
                topic -> TopicKind.of(topic, PLATFORM_INPUTS, Set.of(InputTopic.PRODUCTS, InputTopic.CONSUMERS)),
                Topics.CATALOG_DEAD_LETTER,
                settings.partitions(),
                codec);
        KStream<String, Emission> emissions = InboundEdge.byProduct(builder, inputs)
                .process(
                        () -> new CatalogProcessor(ledger, clock, settings, codec),
                        Named.as("govern"),
                        CatalogStores.ALL.toArray(String[]::new));
        MeshEdge.emit(
                emissions.merge(ObservedRuns.build(builder, settings.partitions(), codec), Named.as("with-runs")));
        readModel.addTo(builder, views);
        return emissions;
    }

    /** The stores whose changelogs are the read model. */
    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, CatalogStores.VIEWED);
    }
}
