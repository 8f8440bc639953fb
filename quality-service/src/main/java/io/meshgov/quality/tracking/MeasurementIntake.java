package io.meshgov.quality.tracking;

import io.meshgov.mesh.SemanticVersion;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Whether a measurement counts, judged against what the catalog accepted: it must be usable (a semantic version, a
 * finite value, no negative count), come from the domain that owns the product, be new (not a redelivery), and be
 * about a version the catalog accepted; one about a version not accepted yet waits for it (the domains' quality and
 * products topics are not ordered with each other).
 */
public final class MeasurementIntake {

    /** What to do with one measurement. */
    public sealed interface Decision {
        /** Unusable or not the sender's to report: to the dead-letter topic with the reason. */
        record Reject(String reason) implements Decision {}

        /** Counted before: nothing to do. */
        record Duplicate() implements Decision {}

        /** Its version is not accepted yet: kept until it is. */
        record Wait() implements Decision {}

        record Count() implements Decision {}
    }

    private final MeasurementCheck check;

    public MeasurementIntake(MeasurementCheck check) {
        this.check = check;
    }

    /**
     * @param owner the domain that owns the product, once the catalog accepted one of its versions
     * @param versionAccepted whether the catalog accepted the measured version
     * @param counted whether the measurement was counted already (asked only of a usable one)
     */
    public Decision decide(
            String productId,
            String version,
            String kpi,
            double value,
            String domain,
            Optional<String> owner,
            boolean versionAccepted,
            BooleanSupplier counted) {
        if (!SemanticVersion.isValid(version)) {
            return new Decision.Reject("version '" + version + "' is not a semantic version");
        }
        Optional<String> problem = check.problemWith(kpi, value);
        if (problem.isPresent()) return new Decision.Reject(problem.get());
        if (owner.isPresent() && !owner.get().equals(domain)) {
            return new Decision.Reject(productId + " belongs to domain " + owner.get() + "; domain " + domain
                    + " may not report its quality");
        }
        if (counted.getAsBoolean()) return new Decision.Duplicate();
        if (!versionAccepted) return new Decision.Wait();
        return new Decision.Count();
    }
}
