package io.meshgov.lineage.metrics;

import io.meshgov.kit.streams.StoreNotReady;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.NodeKind;
import io.meshgov.lineage.view.StoreGraphReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** {@code meshgov_lineage_nodes{kind}} and {@code meshgov_lineage_edges{kind}}, counted from the read model. */
public final class GraphMetrics {

    private final StoreGraphReader reader;
    private final MultiGauge nodes;
    private final MultiGauge edges;

    GraphMetrics(StoreGraphReader reader, MeterRegistry registry) {
        this.reader = reader;
        this.nodes = MultiGauge.builder("meshgov.lineage.nodes")
                .description("nodes by kind")
                .register(registry);
        this.edges = MultiGauge.builder("meshgov.lineage.edges")
                .description("edges by kind")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${meshgov.lineage.metrics-refresh:15s}")
    void refresh() {
        try {
            List<String[]> all = reader.edgeEnds(); // [from, to, kind], from the keys
            Set<String> ids = new HashSet<>(reader.versionIds());
            all.forEach(e -> {
                ids.add(e[0]);
                ids.add(e[1]);
            });
            Map<NodeKind, Long> byKind = new EnumMap<>(NodeKind.class);
            ids.forEach(id -> byKind.merge(NodeIds.kindOf(id), 1L, Long::sum));
            List<MultiGauge.Row<?>> nodeRows = new ArrayList<>();
            for (NodeKind kind : NodeKind.values()) {
                nodeRows.add(MultiGauge.Row.of(Tags.of("kind", kind.name()), byKind.getOrDefault(kind, 0L)));
            }
            nodes.register(nodeRows, true);
            List<MultiGauge.Row<?>> edgeRows = new ArrayList<>();
            for (Edge.EdgeKind kind : Edge.EdgeKind.values()) {
                edgeRows.add(MultiGauge.Row.of(
                        Tags.of("kind", kind.name()),
                        all.stream().filter(e -> e[2].equals(kind.name())).count()));
            }
            edges.register(edgeRows, true);
        } catch (StoreNotReady restoring) {
            // keep the last figures until the read model is back
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class MetricsConfiguration {

        @Bean
        GraphMetrics graphMetrics(StoreGraphReader reader, MeterRegistry registry) {
            return new GraphMetrics(reader, registry);
        }
    }
}
