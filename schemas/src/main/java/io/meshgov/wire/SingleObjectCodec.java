package io.meshgov.wire;

import io.meshgov.wire.ReleasedSchemas.Release;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes mesh events in Avro single-object encoding and decodes records written with any released schema version
 * into today's generated classes. Thread-safe; build it once ({@link #standard()}).
 */
public final class SingleObjectCodec {

    static final byte MARKER_0 = (byte) 0xC3;
    static final byte MARKER_1 = (byte) 0x01;
    static final int HEADER_LENGTH = 10;

    private static volatile SingleObjectCodec standard;

    private final Map<Long, Reader> readers = new HashMap<>();
    private final Map<Class<?>, Writer> writers = new HashMap<>();

    /** How records of one writer schema are read into today's class of their event type. */
    record Reader(MeshEventType type, Schema writerSchema, DatumReader<SpecificRecord> datumReader) {

        /** Whether the writer schema starts with eventId (string), occurredAt (long) and productId (string). */
        boolean startsWithIdTimeAndProduct() {
            List<Schema.Field> fields = writerSchema.getFields();
            return fields.size() >= 3
                    && fields.get(0).schema().getType() == Schema.Type.STRING
                    && fields.get(1).schema().getType() == Schema.Type.LONG
                    && fields.get(2).name().equals("productId")
                    && fields.get(2).schema().getType() == Schema.Type.STRING;
        }
    }

    private record Writer(byte[] header, DatumWriter<SpecificRecord> datumWriter) {}

    SingleObjectCodec(ReleasedSchemas released) {
        TrustedEventClasses.install();
        for (MeshEventType type : MeshEventType.values()) {
            Schema current = type.schema();
            writers.put(type.type(), new Writer(header(fingerprint(current)), datumWriter(type)));
            readers.put(fingerprint(current), newReader(type, current));
        }
        for (Release release : released.all()) {
            readers.putIfAbsent(release.fingerprint(), newReader(release.type(), release.schema()));
        }
    }

    /** The codec over every released schema of this module. */
    public static SingleObjectCodec standard() {
        SingleObjectCodec codec = standard;
        if (codec == null) {
            synchronized (SingleObjectCodec.class) {
                if (standard == null) standard = new SingleObjectCodec(ReleasedSchemas.load());
                codec = standard;
            }
        }
        return codec;
    }

    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public byte[] encode(SpecificRecord event) {
        return encode(event, null);
    }

    /** The event's body after {@code header}, or after its single-object header when {@code header} is null. */
    byte[] encode(SpecificRecord event, byte[] header) {
        Writer writer = writers.get(event.getClass());
        if (writer == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not a mesh event type");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(header == null ? writer.header() : header);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.datumWriter().write(event, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What the header and the first fields of a record say: its event type and the product it is about. */
    public record Peeked(MeshEventType type, String productId) {}

    /**
     * Reads a record's type (from its fingerprint) and productId (every mesh event starts with eventId, occurredAt
     * and productId) without decoding the rest: enough to route it. The rest is checked when it is decoded; a record
     * whose header or first fields are broken raises {@link EventDecodingException} here already.
     */
    public Peeked peek(byte[] bytes) {
        return peek(readerFor(bytes), bytes, HEADER_LENGTH);
    }

    /** {@link #peek(byte[])} of a body that starts at {@code offset}, written with {@code reader}'s schema. */
    static Peeked peek(Reader reader, byte[] bytes, int offset) {
        if (!reader.startsWithIdTimeAndProduct()) {
            SpecificRecord event = decode(reader, bytes, offset);
            return new Peeked(reader.type(), MeshEventType.productIdOf(event));
        }
        int[] at = {offset};
        try {
            skip(bytes, at, readLength(bytes, at)); // eventId
            readVarLong(bytes, at); // occurredAt
            int length = readLength(bytes, at);
            String productId = new String(bytes, at[0], length, StandardCharsets.UTF_8);
            return new Peeked(reader.type(), productId);
        } catch (EventDecodingException e) {
            throw new EventDecodingException("cannot decode " + reader.type().schemaName() + ": " + e.getMessage());
        }
    }

    /**
     * Decodes one event. Anything that is not a complete record of a known schema raises
     * {@link EventDecodingException} with a message that says what is wrong; this method never returns null.
     */
    public SpecificRecord decode(byte[] bytes) {
        return decode(readerFor(bytes), bytes, HEADER_LENGTH);
    }

    /** {@link #decode(byte[])} of a body that starts at {@code offset}, written with {@code reader}'s schema. */
    static SpecificRecord decode(Reader reader, byte[] bytes, int offset) {
        try {
            WireBounds.check(reader.writerSchema(), bytes, offset, bytes.length - offset);
        } catch (EventDecodingException e) {
            throw new EventDecodingException("cannot decode " + reader.type().schemaName() + ": " + e.getMessage());
        }
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, offset, bytes.length - offset, null);
            return reader.datumReader().read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new EventDecodingException("cannot decode " + reader.type().schemaName() + ": " + e, e);
        }
    }

    /** The reader of records written with the schema of this fingerprint, or null if none was released. */
    Reader reader(long fingerprint) {
        return readers.get(fingerprint);
    }

    private Reader readerFor(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new EventDecodingException("empty record: no bytes to decode");
        }
        if (bytes.length < HEADER_LENGTH) {
            throw new EventDecodingException("record of " + bytes.length + " bytes is shorter than the " + HEADER_LENGTH
                    + "-byte single-object header");
        }
        if (bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw new EventDecodingException(String.format(
                    "wrong marker 0x%02X 0x%02X: not Avro single-object encoding (expected 0xC3 0x01)"
                            + " nor the Confluent framing (0x00)",
                    bytes[0], bytes[1]));
        }
        long fingerprint =
                ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        Reader reader = readers.get(fingerprint);
        if (reader == null) {
            throw new EventDecodingException(
                    "unknown schema fingerprint " + HexFormat.of().toHexDigits(fingerprint)
                            + ": not a released version of any mesh event (is the schemas module older than the writer?)");
        }
        return reader;
    }

    private static int readLength(byte[] bytes, int[] at) {
        long length = readVarLong(bytes, at);
        if (length < 0 || length > bytes.length - at[0]) {
            throw new EventDecodingException("a string of " + length + " bytes at byte " + at[0]
                    + " runs past the end (" + bytes.length + " bytes)");
        }
        return (int) length;
    }

    private static void skip(byte[] bytes, int[] at, int length) {
        at[0] += length;
    }

    /** Avro's zig-zag variable-length long. */
    private static long readVarLong(byte[] bytes, int[] at) {
        long raw = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= bytes.length) throw new EventDecodingException("truncated record: a number runs past the end");
            byte b = bytes[at[0]++];
            raw |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (raw >>> 1) ^ -(raw & 1);
        }
        throw new EventDecodingException("malformed number at byte " + at[0]);
    }

    private static Reader newReader(MeshEventType type, Schema writerSchema) {
        SpecificData model = SpecificData.getForClass(type.type());
        return new Reader(type, writerSchema, new SpecificDatumReader<>(writerSchema, type.schema(), model));
    }

    private static DatumWriter<SpecificRecord> datumWriter(MeshEventType type) {
        return new SpecificDatumWriter<>(type.schema(), SpecificData.getForClass(type.type()));
    }

    /** The 10 bytes before the body of a record written with the schema of this fingerprint. */
    public static byte[] header(long fingerprint) {
        return ByteBuffer.allocate(HEADER_LENGTH)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0)
                .put(MARKER_1)
                .putLong(fingerprint)
                .array();
    }
}
