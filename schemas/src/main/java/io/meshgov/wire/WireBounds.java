package io.meshgov.wire;

import org.apache.avro.Schema;

/**
 * Walks an Avro binary body against its writer schema before anything is allocated, and rejects a body whose
 * lengths or counts point past its end. Avro's own decoder trusts a length prefix and would allocate up to 2 GiB
 * for a string that a 20-byte record claims to hold; this check keeps a hostile record from costing more memory
 * than its own size.
 */
final class WireBounds {

    private static final int MAX_DEPTH = 64;

    private final byte[] buf;
    private final int end;
    private int pos;

    private WireBounds(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    /** Throws {@link EventDecodingException} unless the bytes hold exactly one datum of the schema. */
    static void check(Schema writer, byte[] buf, int offset, int length) {
        WireBounds bounds = new WireBounds(buf, offset, length);
        bounds.skip(writer, 0);
        if (bounds.pos != bounds.end) {
            throw new EventDecodingException(
                    (bounds.end - bounds.pos) + " unexpected trailing bytes after a complete " + writer.getFullName());
        }
    }

    private void skip(Schema schema, int depth) {
        if (depth > MAX_DEPTH) {
            throw new EventDecodingException("datum nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (schema.getType()) {
            case NULL -> {}
            case BOOLEAN -> advance(1, "boolean");
            case INT, LONG, ENUM -> readLong();
            case FLOAT -> advance(4, "float");
            case DOUBLE -> advance(8, "double");
            case FIXED -> advance(schema.getFixedSize(), "fixed");
            case STRING, BYTES -> advance(readLength("string or bytes length"), "string or bytes");
            case RECORD -> schema.getFields().forEach(f -> skip(f.schema(), depth + 1));
            case UNION -> {
                long branch = readLong();
                if (branch < 0 || branch >= schema.getTypes().size()) {
                    throw new EventDecodingException("union branch " + branch + " does not exist in a union of "
                            + schema.getTypes().size() + " types");
                }
                skip(schema.getTypes().get((int) branch), depth + 1);
            }
            case ARRAY -> skipBlocks(depth, schema.getElementType(), null);
            case MAP -> skipBlocks(depth, schema.getValueType(), Schema.create(Schema.Type.STRING));
        }
    }

    private void skipBlocks(int depth, Schema items, Schema keys) {
        for (long count = readLong(); count != 0; count = readLong()) {
            if (count < 0) {
                count = -count;
                readLength("block size");
            }
            // Every item of our schemas takes at least one byte, so a count larger than what is left is a lie.
            if (count > remaining()) {
                throw new EventDecodingException(
                        "collection claims " + count + " items but only " + remaining() + " bytes remain");
            }
            for (long i = 0; i < count; i++) {
                if (keys != null) skip(keys, depth + 1);
                skip(items, depth + 1);
            }
        }
    }

    private int readLength(String what) {
        long length = readLong();
        if (length < 0 || length > remaining()) {
            throw new EventDecodingException(what + " " + length + " does not fit in the " + remaining()
                    + " bytes that remain: truncated or corrupt record");
        }
        return (int) length;
    }

    private long readLong() {
        long raw = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw new EventDecodingException("record ends in the middle of a number: truncated");
            }
            int b = buf[pos++] & 0xff;
            raw |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new EventDecodingException("malformed variable-length number (more than 10 bytes)");
    }

    private void advance(int n, String what) {
        if (n > remaining()) {
            throw new EventDecodingException("record ends inside a " + what + ": truncated");
        }
        pos += n;
    }

    private int remaining() {
        return end - pos;
    }
}
