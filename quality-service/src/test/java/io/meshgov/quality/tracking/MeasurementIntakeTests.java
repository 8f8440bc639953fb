package io.meshgov.quality.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.quality.tracking.MeasurementIntake.Decision;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementIntakeTests {

    private final MeasurementIntake intake = new MeasurementIntake(new MeasurementCheck(Set.of("rows")));

    @Test
    void countsAUsableNewMeasurementOfAnAcceptedVersionFromItsOwner() {
        assertThat(decide("2.1", 0.97, "sales", Optional.of("sales"), true, false))
                .isInstanceOf(Decision.Count.class);
    }

    @Test
    void refusesAnotherDomainsMeasurementOnceTheOwnerIsKnownEvenBeforeTheVersionIs() {
        assertThat(decide("2.1", 0.97, "marketing", Optional.of("sales"), true, false))
                .isEqualTo(new Decision.Reject(
                        "top-10-customers belongs to domain sales; domain marketing may not report its quality"));
        assertThat(decide("9.0", 0.97, "marketing", Optional.of("sales"), false, false))
                .isInstanceOf(Decision.Reject.class);
    }

    @Test
    void waitsForAVersionNotAcceptedYetWhoeverSentIt() {
        assertThat(decide("2.1", 0.97, "marketing", Optional.empty(), false, false))
                .isInstanceOf(Decision.Wait.class);
    }

    @Test
    void ignoresAMeasurementCountedBefore() {
        assertThat(decide("2.1", 0.97, "sales", Optional.of("sales"), true, true))
                .isInstanceOf(Decision.Duplicate.class);
    }

    @Test
    void refusesUnusableValuesAndVersionsWithTheReason() {
        assertThat(decide("latest", 0.97, "sales", Optional.of("sales"), true, false))
                .isEqualTo(new Decision.Reject("version 'latest' is not a semantic version"));
        assertThat(decide("2.1", Double.NaN, "sales", Optional.of("sales"), true, false))
                .isEqualTo(new Decision.Reject("value NaN of KPI completeness is not a finite number"));
        assertThat(intake.decide("top-10-customers", "2.1", "rows", -1, "sales", Optional.empty(), true, () -> false))
                .isEqualTo(new Decision.Reject("value -1.0 of KPI rows is negative, but rows is a count"));
    }

    private Decision decide(
            String version, double value, String domain, Optional<String> owner, boolean accepted, boolean counted) {
        return intake.decide(
                "top-10-customers", version, "completeness", value, domain, owner, accepted, () -> counted);
    }
}
