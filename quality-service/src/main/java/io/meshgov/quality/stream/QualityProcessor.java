package io.meshgov.quality.stream;

import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.RunAccepted;
import io.meshgov.kit.inbound.DeadLetter;
import io.meshgov.kit.inbound.InboundEvent;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.WaitingRoom;
import io.meshgov.mesh.SemanticVersion;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.tracking.MeasurementIntake;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.tracking.Transition;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.quality.view.ViewKeys;
import io.meshgov.wire.EventCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tracks one product's versions and KPIs. Versions, their owner and their lifecycle come from what the catalog
 * accepted (applied once each, in the catalog's order); measurements come from the domains' quality topics and are
 * judged by {@link MeasurementIntake} against those facts: unusable or foreign ones go to the dead-letter topic with
 * the reason, redelivered ones count once, and one of a version not accepted yet waits for it (in stream time, up to
 * {@code pendingWindow}). A wall-clock punctuation marks KPIs STALE and drops history past its retention.
 */
final class QualityProcessor implements Processor<String, InboundEvent, String, Emission> {

    private final QualityTracker tracker;
    private final MeasurementIntake intake;
    private final QualitySettings settings;
    private final Clock clock;
    private final EventCodec codec;
    private ProcessorContext<String, Emission> context;
    private QualityState state;
    private WaitingRoom<PendingMeasurement> pending;

    QualityProcessor(
            QualityTracker tracker, MeasurementIntake intake, QualitySettings settings, Clock clock, EventCodec codec) {
        this.codec = codec;
        this.tracker = tracker;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        state = new QualityState(context, tracker, settings);
        // keyed (product, version, measuredAt, event id): an accepted publication releases its own, oldest first
        pending = new WaitingRoom<>(
                context.getStateStore(QualityStores.PENDING),
                m -> ViewKeys.kpisOf(m.productId(), m.version())
                        + String.format("%015d", m.measuredAtMillis())
                        + ViewKeys.SEP
                        + m.eventId(),
                PendingMeasurement::timestamp);
        context.schedule(
                settings.staleCheck(), PunctuationType.WALL_CLOCK_TIME, ignored -> state.onClock(clock.instant())
                        .forEach(this::announce));
        // one key per counted measurement: dropped every second, a batch at a time, to keep up with any intake
        context.schedule(
                Duration.ofSeconds(1),
                PunctuationType.WALL_CLOCK_TIME,
                ignored -> state.dropExpiredIds(clock.instant()));
        // the wait is measured in stream time (the records' own timestamps), so a replay decides as the first run did
        context.schedule(Duration.ofSeconds(1), PunctuationType.STREAM_TIME, this::expirePending);
    }

    @Override
    public void process(Record<String, InboundEvent> record) {
        InboundEvent input = record.value();
        if (input.event() instanceof QualityMeasured m) {
            measured(m, input, record.timestamp(), record.headers());
        } else if (input.event() instanceof RunAccepted run) {
            // the catalog bound the run to this version and judged its domain; its facets count as measurements
            for (QualityMeasured m : RunMeasurements.of(run)) {
                InboundEvent derived = new InboundEvent(m, run.getDomain(), input.source(), codec.encode(m));
                measured(m, derived, record.timestamp(), record.headers());
            }
        } else if (input.event() instanceof EventAccepted accepted) {
            accepted(accepted);
        } else if (input.event() instanceof LifecycleDecided decided) {
            decided(decided);
        } // a dataset bound to a version does not concern quality (its runs do)
    }

    private void measured(QualityMeasured m, InboundEvent input, long timestamp, Headers headers) {
        Optional<AcceptedProduct> product = state.product(m.getProductId());
        boolean valid = SemanticVersion.isValid(m.getVersion());
        var decision = intake.decide(
                m.getProductId(),
                m.getVersion(),
                m.getKpi(),
                m.getValue(),
                input.domain(),
                product.map(AcceptedProduct::owner),
                valid && state.version(m.getProductId(), full(m.getVersion())).isPresent(),
                () -> state.counted(Translation.measurement(m)));
        if (decision instanceof MeasurementIntake.Decision.Reject reject) {
            deadLetter(input, reject.reason(), timestamp, headers);
        } else if (decision instanceof MeasurementIntake.Decision.Wait) {
            if (pending.count() >= settings.pendingMax()) {
                deadLetter(
                        input,
                        "version " + m.getVersion() + " of " + m.getProductId() + " is not accepted yet and "
                                + settings.pendingMax() + " measurements are already waiting",
                        timestamp,
                        headers);
                return;
            }
            pending.keep(new PendingMeasurement(
                    m.getProductId(),
                    full(m.getVersion()),
                    m.getEventId(),
                    m.getMeasuredAt().toEpochMilli(),
                    input.domain(),
                    input.source(),
                    timestamp,
                    input.bytes()));
        } else if (decision instanceof MeasurementIntake.Decision.Count) {
            state.count(Translation.measurement(m)).forEach(this::announce);
        }
    }

    /**
     * What the catalog accepted of a product, applied once, in the catalog's order. Only what concerns quality (a
     * version published, deprecated or retired) moves the product's position: a registration changes nothing here,
     * so it writes nothing either (the catalog accepts one for every consumer that arrives, and each would have been
     * a store write and a changelog record). Positions stay in the catalog's order, so one read again is still
     * recognised by its position.
     */
    private void accepted(EventAccepted accepted) {
        Object event = accepted.getEvent();
        if (!(event instanceof DataProductVersionPublished
                || event instanceof DataProductVersionDeprecated
                || event instanceof DataProductVersionRetired)) return;
        String productId = accepted.getProductId();
        Optional<AcceptedProduct> known = state.product(productId);
        if (known.isPresent() && accepted.getPosition() <= known.get().position()) return; // read again: applied
        String owner = known.map(AcceptedProduct::owner).orElse(accepted.getDomain());
        state.product(productId, new AcceptedProduct(owner, accepted.getPosition()));
        if (event instanceof DataProductVersionPublished p) {
            VersionInfo version = Translation.version(p, accepted.getDomain());
            state.published(version).forEach(this::announce);
            for (PendingMeasurement waiting : pending.release(ViewKeys.kpisOf(productId, version.version()))) {
                InboundEvent revived = revive(waiting);
                measured((QualityMeasured) revived.event(), revived, waiting.timestamp(), new RecordHeaders());
            }
        } else if (event instanceof DataProductVersionDeprecated d) {
            state.status(productId, full(d.getVersion()), "DEPRECATED");
        } else if (event instanceof DataProductVersionRetired r) {
            state.status(productId, full(r.getVersion()), "RETIRED");
        }
    }

    /** An owner's decision about a deprecated version: its status as the catalog left it, at its position. */
    private void decided(LifecycleDecided decided) {
        String productId = decided.getProductId();
        Optional<AcceptedProduct> known = state.product(productId);
        if (known.isEmpty() || decided.getPosition() <= known.get().position()) return; // read again: applied
        state.product(productId, new AcceptedProduct(known.get().owner(), decided.getPosition()));
        state.status(productId, decided.getVersion(), decided.getStatus().name());
    }

    private void expirePending(long streamTime) {
        for (PendingMeasurement due :
                pending.expiredBefore(streamTime - settings.pendingWindow().toMillis())) {
            deadLetter(
                    revive(due),
                    "no version " + due.version() + " of " + due.productId() + " was accepted by the catalog within "
                            + settings.pendingWindow().toMinutes() + " minutes of the measurement",
                    due.timestamp(),
                    new RecordHeaders());
        }
    }

    private InboundEvent revive(PendingMeasurement m) {
        return new InboundEvent(codec.decode(m.event()), m.domain(), m.source(), m.event());
    }

    /**
     * Announcements carry the time they were made, not the measurement's: a backfill of old measurements would
     * otherwise write status changes that time-based retention deletes as soon as their segment rolls.
     */
    private void announce(Transition t) {
        byte[] value = codec.encode(Translation.statusChanged(t));
        context.forward(
                new Record<>(t.productId(), new Emission(Topics.QUALITY_STATUS, value), context.currentSystemTimeMs()));
    }

    private void deadLetter(InboundEvent input, String reason, long timestamp, Headers headers) {
        DeadLetter letter = new DeadLetter(input.bytes(), reason, "invalid measurement", input.source());
        context.forward(new Record<>(
                input.productId(),
                new Emission(Topics.QUALITY_DEAD_LETTER, input.bytes()),
                timestamp,
                letter.headers(headers, QualityTopology.SERVICE)));
    }

    private static String full(String version) {
        return SemanticVersion.parse(version).toString();
    }
}
