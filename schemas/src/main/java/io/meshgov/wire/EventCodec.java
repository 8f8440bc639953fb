package io.meshgov.wire;

import io.meshgov.wire.SingleObjectCodec.Peeked;
import io.meshgov.wire.SingleObjectCodec.Reader;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Mesh events in either framing a pipeline may use. {@code C3 01} + 8-byte fingerprint: Avro single-object encoding,
 * resolved by fingerprint. {@code 00} + 4-byte schema id: the Confluent framing, whose writer schema is fetched once
 * by id from the schema registry, cached, and then resolved by its fingerprint exactly like a single-object record:
 * only a released meshgov schema is read. Outputs are written in the configured framing. Thread-safe.
 *
 * <p>While the registry cannot answer, a lookup waits and retries (backoff up to 5 s) instead of failing: the record
 * is not at fault, and dead-lettering it would apply a product's later events before it. The waiting task makes no
 * progress, and Kafka Streams' exactly-once recovery replays whatever its aborted transaction held.
 */
public final class EventCodec {

    /** How a record's writer schema is named in its first bytes. */
    public enum Framing {
        SINGLE_OBJECT,
        CONFLUENT
    }

    static final byte CONFLUENT_MAGIC = 0;
    static final int CONFLUENT_HEADER_LENGTH = 5;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(EventCodec.class.getName());
    private static final EventCodec SINGLE_OBJECT_ONLY =
            new EventCodec(SingleObjectCodec.standard(), null, Framing.SINGLE_OBJECT, Map.of());

    private final SingleObjectCodec single;
    private final SchemaRegistryClient registry;
    private final Framing output;
    private final Map<Integer, Resolution> byId = new ConcurrentHashMap<>();
    private final Map<MeshEventType, byte[]> confluentHeaders = new EnumMap<>(MeshEventType.class);
    private final Map<Long, Integer> releasedIds;

    /** What an id resolved to: a released schema's reader, or the reason its records are dead. */
    private record Resolution(Reader reader, String refusal) {}

    private EventCodec(
            SingleObjectCodec single, SchemaRegistryClient registry, Framing output, Map<Long, Integer> released) {
        this.single = single;
        this.registry = registry;
        this.output = output;
        this.releasedIds = Map.copyOf(released);
        released.forEach((fingerprint, id) -> byId.put(id, new Resolution(single.reader(fingerprint), null)));
        for (MeshEventType type : MeshEventType.values()) {
            Integer id = released.get(SingleObjectCodec.fingerprint(type.schema()));
            if (id != null) confluentHeaders.put(type, confluentHeader(id));
        }
        if (output == Framing.CONFLUENT && confluentHeaders.size() < MeshEventType.values().length) {
            throw new IllegalStateException("the Confluent framing of outputs needs every current schema registered");
        }
    }

    /** Single-object encoding only: a Confluent-framed record is refused, as no registry can name its schema. */
    public static EventCodec singleObject() {
        return SINGLE_OBJECT_ONLY;
    }

    /**
     * Both framings in, outputs in {@code output}. Registers meshgov's released schemas first ({@link
     * ReleasedSubjects}), waiting for the registry to answer: their ids are then known without a lookup.
     */
    public static EventCodec withRegistry(SchemaRegistryClient registry, Framing output) {
        Map<Long, Integer> ids = retrying(registry, () -> ReleasedSubjects.register(registry, ReleasedSchemas.load()));
        return new EventCodec(SingleObjectCodec.standard(), registry, output, ids);
    }

    public Framing output() {
        return output;
    }

    public Optional<SchemaRegistryClient> registry() {
        return Optional.ofNullable(registry);
    }

    /** The registry's id of the released schema of this fingerprint, when a registry is configured. */
    public Optional<Integer> registryId(long fingerprint) {
        return Optional.ofNullable(releasedIds.get(fingerprint));
    }

    /** The event in this codec's output framing. */
    public byte[] encode(SpecificRecord event) {
        if (output == Framing.SINGLE_OBJECT) return single.encode(event);
        return single.encode(event, confluentHeaders.get(MeshEventType.of(event)));
    }

    /** {@link SingleObjectCodec#peek(byte[])}, for either framing. */
    public Peeked peek(byte[] bytes) {
        if (!isConfluent(bytes)) return single.peek(bytes);
        return SingleObjectCodec.peek(confluentReader(bytes), bytes, CONFLUENT_HEADER_LENGTH);
    }

    /** {@link SingleObjectCodec#decode(byte[])}, for either framing. */
    public SpecificRecord decode(byte[] bytes) {
        if (!isConfluent(bytes)) return single.decode(bytes);
        return SingleObjectCodec.decode(confluentReader(bytes), bytes, CONFLUENT_HEADER_LENGTH);
    }

    private static boolean isConfluent(byte[] bytes) {
        return bytes != null && bytes.length > 0 && bytes[0] == CONFLUENT_MAGIC;
    }

    private Reader confluentReader(byte[] bytes) {
        if (bytes.length < CONFLUENT_HEADER_LENGTH) {
            throw new EventDecodingException("record of " + bytes.length + " bytes is shorter than the "
                    + CONFLUENT_HEADER_LENGTH + "-byte Confluent header");
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        if (registry == null) {
            throw new EventDecodingException("Confluent-framed record (schema id " + id
                    + ") but no schema registry is configured (MESHGOV_SCHEMA_REGISTRY_URL)");
        }
        Resolution resolution = byId.get(id);
        if (resolution == null) resolution = retrying(registry, () -> lookUp(id));
        if (resolution.refusal() != null) throw new EventDecodingException(resolution.refusal());
        return resolution.reader();
    }

    /** Fetches the schema of {@code id}; a schema that is not a released one is remembered as refused. */
    private Resolution lookUp(int id) {
        Optional<String> text;
        try {
            text = registry.schemaById(id);
        } catch (EventDecodingException notAvro) {
            return remember(id, new Resolution(null, notAvro.getMessage()));
        }
        if (text.isEmpty()) {
            throw new EventDecodingException(
                    "unknown schema id " + id + ": the schema registry " + registry.url() + " has no such schema");
        }
        Schema schema;
        long fingerprint;
        try {
            schema = new Schema.Parser().parse(text.get());
            fingerprint = SingleObjectCodec.fingerprint(schema);
        } catch (RuntimeException e) { // SchemaParseException, AvroTypeException (a bad default), ...
            return remember(id, new Resolution(null, "schema id " + id + " is not a valid Avro schema: " + e));
        }
        Reader reader = single.reader(fingerprint);
        if (reader == null) {
            return remember(
                    id,
                    new Resolution(
                            null,
                            "schema id " + id + " (" + schema.getFullName() + ", fingerprint "
                                    + HexFormat.of().toHexDigits(fingerprint)
                                    + ") is not a released version of any mesh event (GET /api/schemas lists them)"));
        }
        return remember(id, new Resolution(reader, null));
    }

    private Resolution remember(int id, Resolution resolution) {
        byId.put(id, resolution);
        return resolution;
    }

    /** Runs {@code call} until the registry answers, backing off up to 5 s between tries, warning every minute. */
    private static <T> T retrying(SchemaRegistryClient registry, Supplier<T> call) {
        long backoffMillis = 100;
        boolean waited = false;
        long warned = 0;
        while (true) {
            try {
                T answer = call.get();
                if (waited) LOG.log(Level.INFO, "schema registry {0} answers again", registry.url());
                return answer;
            } catch (RegistryUnavailableException e) {
                if (!waited || System.nanoTime() - warned > 60_000_000_000L) {
                    waited = true;
                    warned = System.nanoTime();
                    LOG.log(Level.WARNING, "waiting for the schema registry: {0}", e.getMessage());
                }
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private static byte[] confluentHeader(int id) {
        return ByteBuffer.allocate(CONFLUENT_HEADER_LENGTH)
                .put(CONFLUENT_MAGIC)
                .putInt(id)
                .array();
    }
}
