package io.meshgov.catalog.metrics;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernancePolicy;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.StoreNotReady;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code meshgov_catalog_*} gauges: products, versions by domain and status, consumers on each deprecated version, alerts by
 * state, violations by rule and domain; and, in {@link DeprecationMetrics}, each deprecated version's sunset and the
 * consumers still on it. Counted from the read model, so every instance reports the same figures and a replay counts
 * nothing twice. Cardinality is bounded: one series per deprecated version, state, rule and domain, and at most a
 * configured number of consumer series.
 */
public final class GovernanceMetrics {

    private final CatalogReadModel model;
    private final Governance governance;
    private final AtomicLong products = new AtomicLong();
    private final MultiGauge versions;
    private final MultiGauge deprecatedConsumers;
    private final MultiGauge alerts;
    private final MultiGauge violations;
    private final DeprecationMetrics deprecation;

    public GovernanceMetrics(
            CatalogReadModel model, Governance governance, int maxConsumerSeries, MeterRegistry registry) {
        this.model = model;
        this.governance = governance;
        this.deprecation = new DeprecationMetrics(maxConsumerSeries, registry);
        registry.gauge("meshgov.catalog.products", products);
        versions = MultiGauge.builder("meshgov.catalog.versions")
                .description("versions by owning domain and status")
                .register(registry);
        deprecatedConsumers = MultiGauge.builder("meshgov.catalog.deprecated.version.consumers")
                .description("consumers still registered to a deprecated version")
                .register(registry);
        alerts = MultiGauge.builder("meshgov.catalog.alerts")
                .description("alerts by state")
                .register(registry);
        violations = MultiGauge.builder("meshgov.catalog.violations")
                .description("governance violations by rule and offending domain")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${meshgov.catalog.metrics-refresh:15s}")
    public void refresh() {
        try {
            List<Product> all = model.products();
            Map<String, Long> consumers = model.consumerCounts();
            List<Alert> allAlerts = model.alerts();
            List<Violation> allViolations = model.violations();
            products.set(all.size());
            versions.register(versionRows(all), true);
            alerts.register(
                    byEnum(
                            AlertState.values(),
                            allAlerts.stream().collect(Collectors.groupingBy(Alert::state, Collectors.counting())),
                            "state"),
                    true);
            violations.register(violationRows(all, allViolations), true);
            deprecatedConsumers.register(deprecatedRows(all, consumers), true);
            deprecation.refresh(all, allAlerts);
        } catch (StoreNotReady restoring) {
            // keep the last figures until the read model is back
        }
    }

    /** One series per domain with products and status, zeros included. */
    private static List<MultiGauge.Row<?>> versionRows(List<Product> all) {
        Map<String, Map<VersionStatus, Long>> byDomain = new TreeMap<>();
        for (Product p : all) {
            Map<VersionStatus, Long> counts =
                    byDomain.computeIfAbsent(p.domain(), d -> new EnumMap<>(VersionStatus.class));
            p.versions().values().forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        byDomain.forEach((domain, counts) -> {
            for (VersionStatus status : VersionStatus.values()) {
                rows.add(MultiGauge.Row.of(
                        Tags.of("domain", domain, "status", status.name()), counts.getOrDefault(status, 0L)));
            }
        });
        return rows;
    }

    /**
     * One series per rule and domain (every domain with a product or a violation), zeros included, so that a rule on
     * a rising count sees the first violation of a domain as a rise.
     */
    private List<MultiGauge.Row<?>> violationRows(List<Product> all, List<Violation> allViolations) {
        Map<String, Long> counts = allViolations.stream()
                .collect(Collectors.groupingBy(v -> v.ruleId() + "\u0000" + v.domain(), Collectors.counting()));
        Set<String> domains = new TreeSet<>();
        all.forEach(p -> domains.add(p.domain()));
        allViolations.forEach(v -> domains.add(v.domain()));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (GovernancePolicy policy : governance.policies()) {
            for (String domain : domains) {
                rows.add(MultiGauge.Row.of(
                        Tags.of("rule", policy.id(), "domain", domain),
                        counts.getOrDefault(policy.id() + "\u0000" + domain, 0L)));
            }
        }
        return rows;
    }

    private static List<MultiGauge.Row<?>> deprecatedRows(List<Product> all, Map<String, Long> consumers) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Product p : all) {
            for (ProductVersion v : p.versions().values()) {
                if (v.status() != VersionStatus.DEPRECATED) continue;
                rows.add(MultiGauge.Row.of(
                        Tags.of("product", p.id(), "version", v.version(), "domain", p.domain()),
                        consumers.getOrDefault(ViewKeys.quality(p.id(), v.version()), 0L)));
            }
        }
        return rows;
    }

    private static <E extends Enum<E>> List<MultiGauge.Row<?>> byEnum(E[] values, Map<E, Long> counts, String tag) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (E value : values) {
            rows.add(MultiGauge.Row.of(Tags.of(tag, value.name()), counts.getOrDefault(value, 0L)));
        }
        return rows;
    }
}
