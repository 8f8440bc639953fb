package io.meshgov.quality.stream;

import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.QualityMeasured;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.SemanticVersion;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.tracking.MeasurementCheck;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.quality.view.ViewKeys;
import io.meshgov.wire.EventSerdes;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.SingleObjectCodec;
import io.meshgov.wire.streams.SourceHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Tracks one product's versions and KPIs. Invalid measurements (not finite, a negative count, a version that is not
 * semantic) go to the dead-letter topic with the reason; redelivered ones are not counted again (their hourly bucket
 * remembers the ids it counted). A wall-clock punctuation marks KPIs STALE and drops history past its retention.
 */
final class QualityProcessor implements Processor<String, byte[], String, Emission> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final QualityTracker tracker;
    private final MeasurementCheck check;
    private final QualitySettings settings;
    private final Clock clock;
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private final org.apache.kafka.common.serialization.Serializer<io.meshgov.events.QualityStatusChanged>
            statusSerializer = EventSerdes.qualityStatus().serializer();
    private ProcessorContext<String, Emission> context;
    // JSON values, as bytes: the same in the store, its changelog and every instance's read model
    private KeyValueStore<String, byte[]> versions;
    private KeyValueStore<String, byte[]> kpis;
    private KeyValueStore<String, byte[]> history;

    QualityProcessor(QualityTracker tracker, MeasurementCheck check, QualitySettings settings, Clock clock) {
        this.tracker = tracker;
        this.check = check;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        versions = context.getStateStore(QualityStores.VERSIONS);
        kpis = context.getStateStore(QualityStores.KPIS);
        history = context.getStateStore(QualityStores.HISTORY);
        context.schedule(settings.staleCheck(), PunctuationType.WALL_CLOCK_TIME, ignored -> onClock());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        SpecificRecord event = codec.decode(record.value());
        String domain = SourceHeaders.read(record.headers(), SourceHeaders.DOMAIN);
        if (event instanceof QualityMeasured m) measured(m, domain, record);
        else if (event instanceof DataProductVersionPublished p) published(p, domain);
        else lifecycle(event, domain);
    }

    private void measured(QualityMeasured event, String domain, Record<String, byte[]> record) {
        Optional<String> problem = SemanticVersion.isValid(event.getVersion())
                ? check.problemWith(event.getKpi(), event.getValue())
                : Optional.of("version '" + event.getVersion() + "' is not a semantic version");
        if (problem.isPresent()) {
            deadLetter(record, problem.get());
            return;
        }
        Measurement m = Translation.measurement(event);
        Optional<VersionInfo> version =
                Optional.ofNullable(read(versions, ViewKeys.version(m.productId(), m.version()), VersionInfo.class));
        if (version.isPresent() && !version.get().domain().equals(domain)) {
            deadLetter(
                    record,
                    m.productId() + " belongs to domain " + version.get().domain() + "; domain " + domain
                            + " may not report its quality");
            return;
        }
        String bucketKey = ViewKeys.bucket(m.productId(), m.version(), m.kpi(), HourlyBucket.hourOf(m.measuredAt()));
        HourlyBucket bucket = read(history, bucketKey, HourlyBucket.class);
        if (bucket != null && bucket.counts(m)) return; // redelivered: counted already
        put(history, bucketKey, bucket == null ? HourlyBucket.of(m) : bucket.add(m));
        String kpiKey = ViewKeys.kpi(m.productId(), m.version(), m.kpi());
        KpiState state = Optional.ofNullable(read(kpis, kpiKey, KpiState.class))
                .orElse(KpiState.empty(m.productId(), m.version(), m.kpi()));
        apply(tracker.measured(m, state, version, m.measuredAt()));
    }

    private void published(DataProductVersionPublished event, String domain) {
        if (!SemanticVersion.isValid(event.getVersion())) return;
        VersionInfo version = Translation.version(event, domain);
        String key = ViewKeys.version(version.productId(), version.version());
        if (versions.get(key) != null || !ownedBy(version.productId(), domain)) return;
        put(versions, key, version);
        List<KpiState> known = scan(kpis, ViewKeys.kpisOf(version.productId(), version.version()), KpiState.class);
        tracker.published(version, known, version.publishedAt()).forEach(this::apply);
    }

    private void lifecycle(SpecificRecord event, String domain) {
        String productId = MeshEventType.productIdOf(event);
        String raw = event instanceof DataProductVersionDeprecated d
                ? d.getVersion()
                : ((DataProductVersionRetired) event).getVersion();
        if (!SemanticVersion.isValid(raw)) return;
        String key = ViewKeys.version(productId, SemanticVersion.parse(raw).toString());
        VersionInfo version = read(versions, key, VersionInfo.class);
        if (version == null || !version.domain().equals(domain)) return;
        String status = event instanceof DataProductVersionDeprecated ? "DEPRECATED" : "RETIRED";
        if (!version.status().equals(status)) put(versions, key, version.withStatus(status));
    }

    private boolean ownedBy(String productId, String domain) {
        try (KeyValueIterator<String, byte[]> it = versions.prefixScan(productId + ViewKeys.SEP, KEYS)) {
            return !it.hasNext()
                    || Json.read(it.next().value, VersionInfo.class).domain().equals(domain);
        }
    }

    private void apply(QualityTracker.Update update) {
        KpiState s = update.state();
        put(kpis, ViewKeys.kpi(s.productId(), s.version(), s.kpi()), s);
        update.transition()
                .ifPresent(t -> emit(
                        Topics.QUALITY_STATUS,
                        t.productId(),
                        statusSerializer.serialize(Topics.QUALITY_STATUS, Translation.statusChanged(t)),
                        announcedNow(),
                        new RecordHeaders()));
    }

    private void onClock() {
        Instant now = clock.instant();
        List<QualityTracker.Update> stale = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = kpis.all()) {
            all.forEachRemaining(kv -> {
                KpiState kpi = Json.read(kv.value, KpiState.class);
                VersionInfo version =
                        read(versions, ViewKeys.version(kpi.productId(), kpi.version()), VersionInfo.class);
                if (version != null) tracker.recheck(version, kpi, now).ifPresent(stale::add);
            });
        }
        stale.forEach(this::apply);
        purgeOlderThan(now.minus(settings.historyRetention()));
    }

    /**
     * Drops history buckets past the retention (and with them the ids of the measurements they counted), at most
     * {@code purgeBatch} per run: the deletions (and their changelog tombstones) are one transaction, which must
     * commit well within the transaction timeout. A backlog (a service that was down, or replayed old measurements)
     * drains over the next runs instead of aborting the same huge transaction again and again. A bucket's hour is
     * read from its key, so the unexpired ones cost a key comparison each, not a parse.
     */
    private void purgeOlderThan(Instant cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = history.all()) {
            while (all.hasNext() && expired.size() < settings.purgeBatch()) {
                String key = all.next().key;
                Instant end = Instant.ofEpochSecond((ViewKeys.hourOfBucket(key) + 1) * 3600);
                if (end.isBefore(cutoff)) expired.add(key);
            }
        }
        expired.forEach(history::delete);
    }

    private static void put(KeyValueStore<String, byte[]> store, String key, Object value) {
        store.put(key, Json.write(value));
    }

    /**
     * Announcements carry the time they were made, not the measurement's: a backfill of old measurements would
     * otherwise write status changes that time-based retention deletes as soon as their segment rolls.
     */
    private long announcedNow() {
        return context.currentSystemTimeMs();
    }

    private void deadLetter(Record<String, byte[]> record, String reason) {
        Headers headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, bytes(reason));
        headers.add(DeadLetterHeaders.EXCEPTION, bytes("invalid measurement"));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, bytes(SourceHeaders.read(record.headers(), SourceHeaders.TOPIC)));
        headers.add(
                DeadLetterHeaders.SOURCE_PARTITION,
                bytes(SourceHeaders.read(record.headers(), SourceHeaders.PARTITION)));
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, bytes(SourceHeaders.read(record.headers(), SourceHeaders.OFFSET)));
        headers.add(DeadLetterHeaders.SERVICE, bytes(QualityTopology.SERVICE));
        emit(Topics.QUALITY_DEAD_LETTER, record.key(), record.value(), record.timestamp(), headers);
    }

    private void emit(String topic, String key, byte[] value, long timestamp, Headers headers) {
        context.forward(new Record<>(key, new Emission(topic, value), timestamp, headers));
    }

    private static byte[] bytes(String value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static <V> List<V> scan(KeyValueStore<String, byte[]> store, String prefix, Class<V> type) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }

    private static <V> V read(KeyValueStore<String, byte[]> store, String key, Class<V> type) {
        byte[] json = store.get(key);
        return json == null ? null : Json.read(json, type);
    }
}
