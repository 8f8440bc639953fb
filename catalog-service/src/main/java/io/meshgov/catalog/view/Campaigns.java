package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.product.Deprecation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A deprecation campaign as its owner follows it: where each consumer of the deprecated version stands (migrated,
 * acknowledged on time or late, asked for an extension, objected, silent, or otherwise resolved), with the counts and
 * the days to the sunset. Computed at query time from the version's alerts, one prefix scan.
 */
public final class Campaigns {

    /** Where one consumer stands; the counts are per standing. */
    public enum Standing {
        MIGRATED,
        ACKNOWLEDGED_ON_TIME,
        ACKNOWLEDGED_LATE,
        EXTENSION_REQUESTED,
        OBJECTED,
        SILENT,
        /** Resolved without migrating: deregistered, or the owner withdrew the deprecation. */
        RESOLVED
    }

    public record Consumer(
            String consumerId,
            String domain,
            String contact,
            AlertState alertState,
            Standing standing,
            String answer,
            Instant plannedAt,
            Boolean plannedBeforeSunset,
            String answerReason,
            Instant answeredAt,
            Integer lastReminderDaysBefore,
            Instant updatedAt) {}

    public record Campaign(
            String productId,
            String version,
            String ownerDomain,
            VersionStatus status,
            Instant deprecatedAt,
            Instant sunsetAt,
            Instant firstSunsetAt,
            Instant sunsetExtendedAt,
            Instant withdrawnAt,
            String replacementVersion,
            long daysToSunset,
            Map<Standing, Integer> counts,
            List<Consumer> consumers) {}

    private final CatalogReadModel model;
    private final Clock clock;

    Campaigns(CatalogReadModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    /** The campaign of a version that was deprecated at least once; its consumers listed unless {@code countsOnly}. */
    Campaign of(Product product, ProductVersion version, boolean countsOnly) {
        Deprecation d = version.deprecation();
        List<Consumer> consumers = model.alerts(product.id(), version.version()).stream()
                .map(Campaigns::consumer)
                .sorted(Comparator.comparing(Consumer::standing).thenComparing(Consumer::consumerId))
                .toList();
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) counts.put(s, 0);
        consumers.forEach(c -> counts.merge(c.standing(), 1, Integer::sum));
        return new Campaign(
                product.id(),
                version.version(),
                product.domain(),
                version.status(),
                d.deprecatedAt(),
                d.sunsetAt(),
                d.firstSunsetAt(),
                d.extendedAt(),
                d.withdrawnAt(),
                d.replacementVersion(),
                Duration.between(clock.instant(), d.sunsetAt()).toDays(),
                counts,
                countsOnly ? null : consumers);
    }

    private static Consumer consumer(Alert a) {
        Answer answer = a.answer();
        return new Consumer(
                a.consumerId(),
                a.consumerDomain(),
                a.contact(),
                a.state(),
                standing(a),
                answer == null ? null : answer.kind(),
                answer == null ? null : answer.plannedAt(),
                answer == null ? null : answer.plannedBefore(a.sunsetAt()),
                answer == null ? null : answer.reason(),
                answer == null ? null : answer.answeredAt(),
                a.remindedDaysBefore(),
                a.updatedAt());
    }

    static Standing standing(Alert a) {
        if (a.migrated()) return Standing.MIGRATED;
        if (!a.state().isPending()) return Standing.RESOLVED;
        Answer answer = a.answer();
        if (answer == null) return Standing.SILENT;
        return switch (answer.kind()) {
            case Answer.ACKNOWLEDGED ->
                Boolean.TRUE.equals(answer.plannedBefore(a.sunsetAt()))
                        ? Standing.ACKNOWLEDGED_ON_TIME
                        : Standing.ACKNOWLEDGED_LATE;
            case Answer.EXTENSION_REQUESTED -> Standing.EXTENSION_REQUESTED;
            default -> Standing.OBJECTED;
        };
    }
}
