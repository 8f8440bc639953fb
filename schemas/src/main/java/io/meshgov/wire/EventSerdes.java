package io.meshgov.wire;

import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityBreachConsumerAlert;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.events.RunAccepted;
import io.meshgov.mesh.InputTopic;
import java.util.EnumSet;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Kafka (and Kafka Streams) serdes for each kind of mesh topic. */
public final class EventSerdes {

    private EventSerdes() {}

    /** {@code mesh.<domain>.products}: the lifecycle events and decisions of the domain's products. */
    public static Serde<SpecificRecord> productEvents() {
        return of(SpecificRecord.class, ofTopic(InputTopic.PRODUCTS));
    }

    /** {@code mesh.<domain>.consumers}: registrations, deregistrations and answers of the domain's consumers. */
    public static Serde<SpecificRecord> consumerEvents() {
        return of(SpecificRecord.class, ofTopic(InputTopic.CONSUMERS));
    }

    public static Serde<QualityMeasured> qualityMeasured() {
        return of(QualityMeasured.class, EnumSet.of(MeshEventType.QUALITY_MEASURED));
    }

    public static Serde<DeprecatedVersionConsumerAlert> alerts() {
        return of(DeprecatedVersionConsumerAlert.class, EnumSet.of(MeshEventType.DEPRECATED_VERSION_CONSUMER_ALERT));
    }

    public static Serde<QualityBreachConsumerAlert> qualityAlerts() {
        return of(QualityBreachConsumerAlert.class, EnumSet.of(MeshEventType.QUALITY_BREACH_CONSUMER_ALERT));
    }

    /** {@code mesh.access.grants}: access requests decided, and grants that expired. */
    public static Serde<AccessGrantChanged> accessGrants() {
        return of(AccessGrantChanged.class, EnumSet.of(MeshEventType.ACCESS_GRANT_CHANGED));
    }

    public static Serde<GovernanceViolation> violations() {
        return of(GovernanceViolation.class, EnumSet.of(MeshEventType.GOVERNANCE_VIOLATION));
    }

    public static Serde<QualityStatusChanged> qualityStatus() {
        return of(QualityStatusChanged.class, EnumSet.of(MeshEventType.QUALITY_STATUS_CHANGED));
    }

    /** {@code mesh.governance.accepted}: the inputs catalog-service accepted. */
    public static Serde<EventAccepted> accepted() {
        return of(EventAccepted.class, EnumSet.of(MeshEventType.EVENT_ACCEPTED));
    }

    /** {@code mesh.governance.accepted}: the owners' lifecycle decisions catalog-service accepted. */
    public static Serde<LifecycleDecided> lifecycleDecided() {
        return of(LifecycleDecided.class, EnumSet.of(MeshEventType.LIFECYCLE_DECIDED));
    }

    /** {@code mesh.governance.accepted}: the observed runs catalog-service bound to a version and accepted. */
    public static Serde<RunAccepted> runs() {
        return of(RunAccepted.class, EnumSet.of(MeshEventType.RUN_ACCEPTED));
    }

    /** {@code mesh.governance.accepted}: the datasets catalog-service bound to a version. */
    public static Serde<DatasetBound> datasetsBound() {
        return of(DatasetBound.class, EnumSet.of(MeshEventType.DATASET_BOUND));
    }

    /** Any mesh event, whatever its type: for tools that read every topic. */
    public static Serde<SpecificRecord> anyEvent() {
        return of(SpecificRecord.class, EnumSet.allOf(MeshEventType.class));
    }

    private static Set<MeshEventType> ofTopic(InputTopic kind) {
        Set<MeshEventType> types = EnumSet.noneOf(MeshEventType.class);
        for (MeshEventType type : MeshEventType.values()) {
            if (type.inputTopic().filter(kind::equals).isPresent()) types.add(type);
        }
        return types;
    }

    private static <T extends SpecificRecord> Serde<T> of(Class<T> baseType, Set<MeshEventType> accepted) {
        return Serdes.serdeFrom(new EventSerializer<>(), new EventDeserializer<>(baseType, accepted));
    }
}
