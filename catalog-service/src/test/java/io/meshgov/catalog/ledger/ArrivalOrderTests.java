package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.deregistered;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static io.meshgov.catalog.ledger.Given.retired;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.product.VersionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What still depends on which domain's topic the catalog reads first (docs/reliability.md, "order across domains'
 * topics"): pinned here, so that a change to either outcome is a decision, not an accident. Both orders are what a
 * mesh can deliver when the two inputs are sent at about the same time from different domains.
 */
class ArrivalOrderTests {

    @Test
    void aDeregistrationReadBeforeTheDeprecationItFollowsLeavesNoAlert() {
        CatalogEvent joins = registered("finance", "jane.analyst", "2.1", day(1));
        CatalogEvent deprecation = deprecated("sales", "2.1", day(31), day(91), null);
        CatalogEvent leaves = deregistered("finance", "jane.analyst", "2.1", day(40));

        List<AlertState> inEventOrder = announced(joins, deprecation, leaves);
        List<AlertState> leftFirst = announced(joins, leaves, deprecation);

        assertThat(inEventOrder).containsExactly(AlertState.OPEN, AlertState.RESOLVED);
        assertThat(leftFirst)
                .as("she had left when the catalog read the deprecation")
                .isEmpty();
    }

    @Test
    void aRegistrationRacingARetirementAfterTheSunsetIsDecidedByArrival() {
        CatalogEvent joins = registered("finance", "jane.analyst", "2.1", day(90));
        CatalogEvent retirement = retired("sales", "2.1", day(92));

        LedgerHarness joinedFirst = deprecated21(joins, retirement);
        LedgerHarness retiredFirst = deprecated21(retirement, joins);

        assertThat(joinedFirst.registration("2.1.0", "jane.analyst")).isPresent();
        assertThat(joinedFirst.violations()).isEmpty();
        assertThat(retiredFirst.registration("2.1.0", "jane.analyst")).isEmpty();
        assertThat(retiredFirst.violations()).singleElement().satisfies(v -> assertThat(v.reason())
                .contains("it is retired"));
        for (LedgerHarness run : List.of(joinedFirst, retiredFirst)) {
            assertThat(run.product().orElseThrow().version("2.1").orElseThrow().status())
                    .isEqualTo(VersionStatus.RETIRED);
        }
    }

    @Test
    void theFirstDomainReadToPublishANewProductOwnsIt() {
        CatalogEvent bySales = published("sales", "1.0");
        CatalogEvent byMarketing = published("marketing", "1.0");

        LedgerHarness salesFirst = run(bySales, byMarketing);
        LedgerHarness marketingFirst = run(byMarketing, bySales);

        assertThat(salesFirst.product().orElseThrow().domain()).isEqualTo("sales");
        assertThat(marketingFirst.product().orElseThrow().domain()).isEqualTo("marketing");
    }

    private static List<AlertState> announced(CatalogEvent... order) {
        LedgerHarness run = run(published("sales", "2.1"));
        run.applyAll(List.of(order));
        return run.announced().stream().map(Alert::state).toList();
    }

    private static LedgerHarness deprecated21(CatalogEvent... order) {
        LedgerHarness run = run(published("sales", "2.1"), deprecated("sales", "2.1", day(31), day(91), null));
        run.applyAll(List.of(order));
        return run;
    }

    private static LedgerHarness run(CatalogEvent... events) {
        LedgerHarness run = new LedgerHarness();
        run.applyAll(List.of(events));
        return run;
    }
}
