package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.qualityChanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The latest status of each KPI of a version, as quality-service announces them, kept apart from the product. */
class QualityStatusTests {

    private final LedgerHarness catalog = new LedgerHarness();

    @Test
    void keepsTheLatestStatusOfEachKpiOfAPublishedVersion() {
        catalog.apply(published("sales", "2.1"));

        catalog.apply(qualityChanged("2.1", "completeness", "PASSING", day(1)));
        catalog.apply(qualityChanged("2.1", "freshness", "PASSING", day(1)));
        Outcome failing = catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(2)));

        assertThat(failing.product()).as("the product is not rewritten").isNull();
        assertThat(failing.quality().version()).isEqualTo("2.1.0");
        assertThat(failing.quality().byKpi()).isEqualTo(Map.of("completeness", "FAILING", "freshness", "PASSING"));
        assertThat(failing.quality().worst()).isEqualTo("FAILING");
    }

    @Test
    void aRepeatedStatusChangesNothing() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(1)));

        Outcome repeated = catalog.apply(qualityChanged("2.1.0", "completeness", "FAILING", day(2)));

        assertThat(repeated.isEmpty()).isTrue();
    }

    @Test
    void aStatusOfAnUnknownOrMalformedVersionChangesNothingAndIsNoViolation() {
        catalog.apply(published("sales", "2.1"));

        Outcome unknown = catalog.apply(qualityChanged("3.0", "completeness", "PASSING", day(1)));
        Outcome malformed = catalog.apply(qualityChanged("latest", "completeness", "PASSING", day(1)));

        assertThat(unknown.isEmpty()).isTrue();
        assertThat(malformed.isEmpty()).isTrue();
        assertThat(catalog.violations()).isEmpty();
    }
}
