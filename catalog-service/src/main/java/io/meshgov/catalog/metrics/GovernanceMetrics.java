package io.meshgov.catalog.metrics;

import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernancePolicy;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * One pass over the products, one over the alerts and one over the violations, each read one record at a time:
     * what is kept is counts, the deprecated versions and at most the consumer series' alerts, never the whole catalog
     * (a mesh of 10,000 products read into a list at each refresh weighs on a 512 MiB heap).
     */
    @Scheduled(fixedDelayString = "${meshgov.catalog.metrics-refresh:15s}")
    public void refresh() {
        try {
            Map<String, Long> consumers = model.consumerCounts();
            long[] productCount = {0};
            Map<String, Map<VersionStatus, Long>> byDomain = new TreeMap<>();
            List<DeprecationMetrics.Deprecated> deprecated = new ArrayList<>();
            model.eachProduct(p -> {
                productCount[0]++;
                Map<VersionStatus, Long> counts =
                        byDomain.computeIfAbsent(p.domain(), d -> new EnumMap<>(VersionStatus.class));
                for (ProductVersion v : p.versions().values()) {
                    counts.merge(v.status(), 1L, Long::sum);
                    if (v.status() == VersionStatus.DEPRECATED) deprecated.add(DeprecationMetrics.Deprecated.of(p, v));
                }
            });
            Map<AlertState, Long> alertCounts = new EnumMap<>(AlertState.class);
            DeprecationMetrics.Pending pending = deprecation.pending();
            model.eachAlert(a -> {
                alertCounts.merge(a.state(), 1L, Long::sum);
                if (a.state().isPending()) pending.accept(a);
            });
            Map<String, Long> violationCounts = new HashMap<>();
            Set<String> domains = new TreeSet<>(byDomain.keySet());
            model.eachViolation(v -> {
                violationCounts.merge(v.ruleId() + "\u0000" + v.domain(), 1L, Long::sum);
                domains.add(v.domain());
            });
            products.set(productCount[0]);
            versions.register(versionRows(byDomain), true);
            alerts.register(byEnum(AlertState.values(), alertCounts, "state"), true);
            violations.register(violationRows(domains, violationCounts), true);
            deprecatedConsumers.register(deprecatedRows(deprecated, consumers), true);
            deprecation.refresh(deprecated, pending);
        } catch (StoreNotReady restoring) {
            // keep the last figures until the read model is back
        }
    }

    /** One series per domain with products and status, zeros included. */
    private static List<MultiGauge.Row<?>> versionRows(Map<String, Map<VersionStatus, Long>> byDomain) {
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
    private List<MultiGauge.Row<?>> violationRows(Set<String> domains, Map<String, Long> counts) {
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

    private static List<MultiGauge.Row<?>> deprecatedRows(
            List<DeprecationMetrics.Deprecated> deprecated, Map<String, Long> consumers) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (DeprecationMetrics.Deprecated d : deprecated) {
            rows.add(MultiGauge.Row.of(
                    d.tags(), consumers.getOrDefault(ViewKeys.quality(d.productId(), d.version()), 0L)));
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
