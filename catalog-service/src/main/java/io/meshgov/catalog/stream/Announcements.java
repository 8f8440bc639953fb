package io.meshgov.catalog.stream;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.QualityAlert;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.kit.inbound.InboundEvent;
import io.meshgov.kit.streams.Emission;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * What the catalog tells the mesh, as Avro events keyed by product id: alerts and violations in the configured output
 * framing, accepted inputs (read by meshgov's own services only) single-object encoded.
 */
final class Announcements {

    private final ProcessorContext<String, Emission> context;
    private final EventCodec outputs;
    private final Serializer<EventAccepted> accepted = EventSerdes.accepted().serializer();
    private final Serializer<LifecycleDecided> decisions =
            EventSerdes.lifecycleDecided().serializer();

    Announcements(ProcessorContext<String, Emission> context, EventCodec outputs) {
        this.context = context;
        this.outputs = outputs;
    }

    void alert(Alert alert) {
        emit(Topics.ALERTS, alert.productId(), outputs.encode(OutputEvents.alert(alert)), now());
    }

    void qualityAlert(QualityAlert alert) {
        emit(Topics.QUALITY_ALERTS, alert.productId(), outputs.encode(OutputEvents.qualityAlert(alert)), now());
    }

    /** Keyed by request (product, version, request id): compaction keeps each request's last state. */
    void grant(AccessRequest access) {
        emit(
                Topics.ACCESS_GRANTS,
                access.productId() + "/" + access.version() + "/" + access.requestId(),
                outputs.encode(OutputEvents.grant(access)),
                now());
    }

    /**
     * The registration an approval made ({@code registered}) or an expiry ended, as lineage and quality read a
     * pipeline's: a {@code ConsumerRegistered} or {@code ConsumerDeregistered} of the requesting domain.
     */
    void accessRegistration(AccessRequest grant, boolean registered, long position, long timestamp) {
        EventAccepted event = OutputEvents.accessRegistration(grant, registered, position);
        emit(
                Topics.GOVERNANCE_ACCEPTED,
                event.getProductId(),
                accepted.serialize(Topics.GOVERNANCE_ACCEPTED, event),
                timestamp);
    }

    void violation(Violation v) {
        emit(Topics.GOVERNANCE_VIOLATIONS, v.productId(), outputs.encode(OutputEvents.violation(v)), now());
    }

    /**
     * An accepted input keeps its record's timestamp: the topic is retained forever (no retention to outlive), and
     * its readers measure waits in stream time as the catalog does.
     */
    void accepted(InboundEvent input, long position, long timestamp) {
        EventAccepted event = OutputEvents.accepted(input, position);
        emit(
                Topics.GOVERNANCE_ACCEPTED,
                event.getProductId(),
                accepted.serialize(Topics.GOVERNANCE_ACCEPTED, event),
                timestamp);
    }

    /** An owner's decision about a deprecated version, as the version's resulting status, for lineage and quality. */
    void decided(InboundEvent input, long position, long timestamp, ProductVersion version) {
        LifecycleDecided event = OutputEvents.decided(input, position, version);
        emit(
                Topics.GOVERNANCE_ACCEPTED,
                event.getProductId(),
                decisions.serialize(Topics.GOVERNANCE_ACCEPTED, event),
                timestamp);
    }

    /**
     * Announcements carry the time they are made, not the input's: an input replayed with its original (old)
     * timestamps would otherwise write alerts that time-based retention deletes as soon as their segment rolls.
     */
    private long now() {
        return context.currentSystemTimeMs();
    }

    private void emit(String topic, String key, byte[] value, long timestamp) {
        context.forward(new Record<>(key, new Emission(topic, value), timestamp));
    }
}
