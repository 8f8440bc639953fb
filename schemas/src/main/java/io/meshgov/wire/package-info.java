/**
 * The wire format of mesh events: Avro single-object encoding (marker {@code C3 01}, 8-byte little-endian
 * CRC-64-AVRO fingerprint of the writer schema, binary body), every released schema version kept readable, and the
 * Kafka serializer, deserializer and serdes built on it.
 */
package io.meshgov.wire;
