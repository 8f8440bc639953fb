package io.meshgov.lineage.stream;

import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductInput;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.SourceSystemInput;
import io.meshgov.lineage.graph.VersionStatus;
import io.meshgov.lineage.projection.LineageEvent;

/** The catalog's accepted inputs (Avro) to lineage's own events: the only place that knows both. */
public final class EventTranslation {

    private EventTranslation() {}

    public static LineageEvent toLineageEvent(LifecycleDecided decided) {
        return new LineageEvent.StatusDecided(
                decided.getDomain(),
                decided.getProductId(),
                decided.getVersion(),
                decided.getPosition(),
                VersionStatus.valueOf(decided.getStatus().name()),
                decided.getOccurredAt());
    }

    public static LineageEvent toLineageEvent(EventAccepted accepted) {
        String domain = accepted.getDomain();
        long position = accepted.getPosition();
        Object event = accepted.getEvent();
        if (event instanceof DataProductVersionPublished e) {
            return new LineageEvent.Published(
                    domain,
                    e.getProductId(),
                    e.getVersion(),
                    position,
                    e.getName(),
                    e.getClassification().name(),
                    e.getInputs().stream()
                            .map(input -> input instanceof DataProductInput p
                                    ? new LineageEvent.Input(p.getProductId(), p.getVersion(), null)
                                    : new LineageEvent.Input(null, null, ((SourceSystemInput) input).getUri()))
                            .toList(),
                    e.getOccurredAt());
        }
        if (event instanceof DataProductVersionDeprecated e) {
            return new LineageEvent.Deprecated(domain, e.getProductId(), e.getVersion(), position, e.getOccurredAt());
        }
        if (event instanceof DataProductVersionRetired e) {
            return new LineageEvent.Retired(domain, e.getProductId(), e.getVersion(), position, e.getOccurredAt());
        }
        if (event instanceof ConsumerRegistered e) {
            return new LineageEvent.Registered(
                    domain,
                    e.getProductId(),
                    e.getVersion(),
                    position,
                    e.getConsumerId(),
                    e.getKind().name(),
                    e.getContact(),
                    e.getOccurredAt());
        }
        ConsumerDeregistered e = (ConsumerDeregistered) event;
        return new LineageEvent.Deregistered(
                domain, e.getProductId(), e.getVersion(), position, e.getConsumerId(), e.getOccurredAt());
    }
}
