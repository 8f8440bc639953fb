package io.meshgov.quality.metrics;

import io.meshgov.kit.streams.StoreNotReady;
import io.meshgov.quality.slo.KpiStatus;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.quality.view.QualityReadModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code meshgov_quality_kpi_value{product,version,kpi,domain}} and {@code meshgov_quality_kpi_status{...,status}} (1 for
 * the current status), for at most {@code meshgov.quality.metrics-max-series} KPIs in id order; KPIs beyond the cap
 * are counted in {@code meshgov_quality_kpi_series_dropped} rather than exploding Prometheus' label cardinality.
 */
public final class KpiMetrics {

    private final QualityReadModel model;
    private final int maxSeries;
    private final MultiGauge values;
    private final MultiGauge statuses;
    private final AtomicLong dropped = new AtomicLong();

    KpiMetrics(QualityReadModel model, int maxSeries, MeterRegistry registry) {
        this.model = model;
        this.maxSeries = maxSeries;
        this.values = MultiGauge.builder("meshgov.quality.kpi.value").register(registry);
        this.statuses = MultiGauge.builder("meshgov.quality.kpi.status").register(registry);
        registry.gauge("meshgov.quality.kpi.series.dropped", dropped);
    }

    @Scheduled(fixedDelayString = "${meshgov.quality.metrics-refresh:15s}")
    void refresh() {
        try {
            // the first series by product, version and KPI (the store's order); the rest only counted
            List<KpiState> kept = model.kpis(maxSeries);
            dropped.set(model.kpiCount() - kept.size());
            List<MultiGauge.Row<?>> valueRows = new ArrayList<>();
            List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
            for (KpiState s : kept) {
                // the owning domain: alert routing sends a KPI's alerts to the team that owns the product
                String domain = model.version(s.productId(), s.version())
                        .map(VersionInfo::domain)
                        .orElse("");
                Tags tags = Tags.of("product", s.productId(), "version", s.version(), "kpi", s.kpi(), "domain", domain);
                if (s.value() != null) valueRows.add(MultiGauge.Row.of(tags, s.value()));
                if (s.status() != null) {
                    for (KpiStatus status : KpiStatus.values()) {
                        statusRows.add(
                                MultiGauge.Row.of(tags.and("status", status.name()), s.status() == status ? 1 : 0));
                    }
                }
            }
            values.register(valueRows, true);
            statuses.register(statusRows, true);
        } catch (StoreNotReady restoring) {
            // keep the last figures until the read model is back
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class MetricsConfiguration {

        @Bean
        KpiMetrics kpiMetrics(
                QualityReadModel model,
                @Value("${meshgov.quality.metrics-max-series:500}") int maxSeries,
                MeterRegistry registry) {
            return new KpiMetrics(model, maxSeries, registry);
        }
    }
}
