package io.meshgov.catalog.stream;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.product.Input;
import io.meshgov.catalog.product.Objective;
import io.meshgov.catalog.product.VersionSpec;
import io.meshgov.events.AccessDecided;
import io.meshgov.events.AccessDecision;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductInput;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionKeptInService;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.DataProductVersionSunsetExtended;
import io.meshgov.events.DeprecationAnswered;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.events.SourceSystemInput;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Avro mesh events to the catalog's own events: the only place that knows both. */
final class EventTranslation {

    private EventTranslation() {}

    static CatalogEvent toCatalogEvent(SpecificRecord event, Source source) {
        if (event instanceof DataProductVersionPublished e) return new CatalogEvent.Published(source, spec(e));
        if (event instanceof DataProductVersionDeprecated e) {
            return new CatalogEvent.Deprecated(
                    source,
                    e.getProductId(),
                    e.getVersion(),
                    e.getReason(),
                    e.getSunsetAt(),
                    e.getReplacementVersion());
        }
        if (event instanceof DataProductVersionRetired e) {
            return new CatalogEvent.Retired(source, e.getProductId(), e.getVersion(), e.getReason());
        }
        if (event instanceof ConsumerRegistered e) {
            return new CatalogEvent.Registered(
                    source,
                    new Registration(
                            e.getConsumerId(),
                            e.getKind().name(),
                            source.domain(),
                            e.getProductId(),
                            e.getVersion(),
                            e.getPurpose(),
                            e.getContact(),
                            e.getOccurredAt()));
        }
        if (event instanceof ConsumerDeregistered e) {
            return new CatalogEvent.Deregistered(source, e.getProductId(), e.getVersion(), e.getConsumerId());
        }
        if (event instanceof DataProductVersionSunsetExtended e) {
            return new CatalogEvent.SunsetExtended(
                    source, e.getProductId(), e.getVersion(), e.getSunsetAt(), e.getReason());
        }
        if (event instanceof DataProductVersionKeptInService e) {
            return new CatalogEvent.KeptInService(source, e.getProductId(), e.getVersion(), e.getReason());
        }
        if (event instanceof DeprecationAnswered e) {
            return new CatalogEvent.Answered(
                    source,
                    e.getProductId(),
                    e.getVersion(),
                    e.getConsumerId(),
                    e.getAnswer().name(),
                    e.getPlannedAt(),
                    e.getReason());
        }
        if (event instanceof AccessRequested e) {
            return new CatalogEvent.AccessRequested(
                    source,
                    e.getProductId(),
                    e.getVersion(),
                    e.getRequestId(),
                    e.getConsumerId(),
                    e.getKind().name(),
                    e.getPurpose(),
                    e.getContact(),
                    e.getUntil());
        }
        if (event instanceof AccessDecided e) {
            return new CatalogEvent.AccessDecided(
                    source,
                    e.getProductId(),
                    e.getVersion(),
                    e.getRequestId(),
                    e.getDecision() == AccessDecision.APPROVED,
                    e.getReason(),
                    e.getUntil());
        }
        if (event instanceof QualityStatusChanged e) {
            return new CatalogEvent.QualityChanged(
                    source,
                    e.getProductId(),
                    e.getVersion(),
                    e.getKpi(),
                    e.getStatus().name());
        }
        throw new IllegalArgumentException(event.getSchema().getFullName() + " is not a catalog input");
    }

    private static VersionSpec spec(DataProductVersionPublished e) {
        List<Input> inputs = e.getInputs().stream()
                .map(input -> input instanceof DataProductInput p
                        ? Input.product(p.getProductId(), p.getVersion())
                        : Input.source(((SourceSystemInput) input).getUri()))
                .toList();
        List<Objective> objectives = e.getObjectives().stream()
                .map(o -> new Objective(
                        o.getKpi(), o.getComparator() == ObjectiveComparator.AT_LEAST ? ">=" : "<=", o.getThreshold()))
                .toList();
        return new VersionSpec(
                e.getProductId(),
                e.getVersion(),
                e.getName(),
                e.getDefinition(),
                e.getOwner(),
                e.getCodeRepository(),
                e.getCodeCommit(),
                e.getEndpoint(),
                inputs,
                e.getOutputSchema(),
                objectives,
                e.getTags(),
                e.getClassification().name(),
                e.getDatasets().stream()
                        .map(d -> new VersionSpec.Dataset(d.getNamespace(), d.getName()))
                        .toList());
    }
}
