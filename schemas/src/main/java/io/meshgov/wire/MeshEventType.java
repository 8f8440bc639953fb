package io.meshgov.wire;

import io.meshgov.events.AccessDecided;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionKeptInService;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.DataProductVersionSunsetExtended;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.DeprecationAnswered;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityBreachConsumerAlert;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.events.RunAccepted;
import io.meshgov.mesh.InputTopic;
import java.util.Arrays;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Every event that travels between the mesh's pipelines and services. A topic may carry several types (a product's
 * lifecycle events share one topic to stay in order); the writer schema's fingerprint says which one a record is.
 */
public enum MeshEventType {
    DATA_PRODUCT_VERSION_PUBLISHED(DataProductVersionPublished.class, InputTopic.PRODUCTS),
    DATA_PRODUCT_VERSION_DEPRECATED(DataProductVersionDeprecated.class, InputTopic.PRODUCTS),
    DATA_PRODUCT_VERSION_RETIRED(DataProductVersionRetired.class, InputTopic.PRODUCTS),
    CONSUMER_REGISTERED(ConsumerRegistered.class, InputTopic.CONSUMERS),
    CONSUMER_DEREGISTERED(ConsumerDeregistered.class, InputTopic.CONSUMERS),
    DEPRECATION_ANSWERED(DeprecationAnswered.class, InputTopic.CONSUMERS),
    DATA_PRODUCT_VERSION_SUNSET_EXTENDED(DataProductVersionSunsetExtended.class, InputTopic.PRODUCTS),
    DATA_PRODUCT_VERSION_KEPT_IN_SERVICE(DataProductVersionKeptInService.class, InputTopic.PRODUCTS),
    QUALITY_MEASURED(QualityMeasured.class, InputTopic.QUALITY),
    DEPRECATED_VERSION_CONSUMER_ALERT(DeprecatedVersionConsumerAlert.class, null),
    GOVERNANCE_VIOLATION(GovernanceViolation.class, null),
    QUALITY_STATUS_CHANGED(QualityStatusChanged.class, null),
    EVENT_ACCEPTED(EventAccepted.class, null),
    RUN_ACCEPTED(RunAccepted.class, null),
    DATASET_BOUND(DatasetBound.class, null),
    LIFECYCLE_DECIDED(LifecycleDecided.class, null),
    QUALITY_BREACH_CONSUMER_ALERT(QualityBreachConsumerAlert.class, null),
    ACCESS_REQUESTED(AccessRequested.class, InputTopic.CONSUMERS),
    ACCESS_DECIDED(AccessDecided.class, InputTopic.PRODUCTS),
    ACCESS_GRANT_CHANGED(AccessGrantChanged.class, null);

    private final Class<? extends SpecificRecord> type;
    private final InputTopic inputTopic;
    private final Schema schema;

    MeshEventType(Class<? extends SpecificRecord> type, InputTopic inputTopic) {
        this.type = type;
        this.inputTopic = inputTopic;
        this.schema = SpecificSchemas.of(type);
    }

    public Class<? extends SpecificRecord> type() {
        return type;
    }

    /** The current (newest) schema: what today's generated class reads and writes. */
    public Schema schema() {
        return schema;
    }

    public String schemaName() {
        return schema.getFullName();
    }

    /** The kind of domain input topic this event is written to; empty for the services' own output events. */
    public Optional<InputTopic> inputTopic() {
        return Optional.ofNullable(inputTopic);
    }

    public static MeshEventType of(SpecificRecord event) {
        return of(event.getClass());
    }

    public static MeshEventType of(Class<?> type) {
        return Arrays.stream(values())
                .filter(t -> t.type == type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a mesh event type"));
    }

    public static Optional<MeshEventType> bySchemaName(String fullName) {
        return Arrays.stream(values())
                .filter(t -> t.schemaName().equals(fullName))
                .findFirst();
    }

    /** The product every mesh event is about (each schema has a {@code productId} field). */
    public static String productIdOf(SpecificRecord event) {
        return String.valueOf(event.get(event.getSchema().getField("productId").pos()));
    }
}
