package io.meshgov.quality.stream;

import io.meshgov.kit.inbound.SourceCoordinates;
import io.meshgov.quality.slo.Objective;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.tracking.VersionInfo;
import java.time.Instant;
import java.util.List;

/**
 * Object mother of quality's stored values and of the inputs that make them, as fully populated as the domain makes
 * them: two objectives, two measurements of one KPI in one hour (the first passing, the later failing), ids whose
 * order differs from their arrival. Literals only (no shared fixtures), so that the golden files change only when the
 * stored format does. Values are exact in binary, so the JSON of their sum is too.
 */
final class StoredValues {

    static final String PRODUCT = "top-10-customers";
    static final String VERSION = "2.1.0";
    static final String KPI = "completeness";
    private static final Instant T0 = Instant.parse("2025-03-03T09:15:30.125Z");

    private StoredValues() {}

    static VersionInfo version() {
        return new VersionInfo(
                PRODUCT,
                VERSION,
                "sales",
                List.of(new Objective(KPI, ">=", 0.99), new Objective("freshness_minutes", "<=", 60.0)),
                "ACTIVE",
                T0,
                "CONFIDENTIAL");
    }

    static Measurement passing() {
        return new Measurement(
                "f3a1c2d4-0000-3000-8000-000000000001",
                PRODUCT,
                VERSION,
                KPI,
                0.99609375,
                T0.plusSeconds(60),
                "run-41");
    }

    /** Later in the same hour, with an id that sorts before the first one's. */
    static Measurement failing() {
        return new Measurement(
                "0a9b8c7d-0000-3000-8000-000000000002", PRODUCT, VERSION, KPI, 0.9375, T0.plusSeconds(1_200), "run-42");
    }

    /** A third measurement of the same hour. */
    static Measurement later() {
        return new Measurement(
                "5c6d7e8f-0000-3000-8000-000000000004",
                PRODUCT,
                VERSION,
                KPI,
                0.998046875,
                T0.plusSeconds(1_800),
                "run-43");
    }

    static AcceptedProduct product() {
        return new AcceptedProduct("sales", 42L);
    }

    /** A measurement of a version not accepted yet; its Avro bytes are opaque to the store. */
    static PendingMeasurement pending() {
        return new PendingMeasurement(
                PRODUCT,
                "3.0.0",
                "0a9b8c7d-0000-3000-8000-000000000003",
                T0.plusSeconds(2_400).toEpochMilli(),
                "sales",
                new SourceCoordinates("mesh.sales.quality", 1, 987L),
                T0.plusSeconds(2_401).toEpochMilli(),
                new byte[] {(byte) 0xC3, 0x01, 0x5A, 0x3C, 0x00, (byte) 0xFF});
    }
}
