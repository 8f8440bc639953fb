package io.meshgov.catalog.alert;

import static io.meshgov.catalog.ledger.Given.answered;
import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static io.meshgov.catalog.ledger.Given.sunsetExtended;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.ledger.LedgerHarness;
import io.meshgov.catalog.product.ProductVersion;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every order in which the catalog can read one campaign's events gives the same final state and never one alert
 * event id twice. Each domain's topic keeps its own order (the owner's deprecation before its extension; a consumer's
 * registration before its answers and its migration); across topics anything goes, redeliveries included.
 */
class CampaignOrderPropertyTests {

    /** What the campaign leaves per consumer, whatever the order: not which notice came last. */
    private record Final(
            AlertState state, Instant sunsetAt, Answer answer, int episode, boolean migrated, Instant openedAt) {
        static Final of(Alert a) {
            return new Final(a.state(), a.sunsetAt(), a.answer(), a.episode(), a.migrated(), a.openedAt());
        }
    }

    @Test
    void everyInterleavingOfTheDomainsTopicsEndsInTheSameCampaign() {
        CatalogEvent dashboardAck = answered("marketing", "sales-dashboard", "2.1", "ACKNOWLEDGED", day(40), day(60));
        CatalogEvent analystAsks = answered("finance", "jane.analyst", "2.1", "EXTENSION_REQUESTED", day(45), day(121));
        List<List<CatalogEvent>> topics = List.of(
                List.of(
                        deprecated("sales", "2.1", day(31), day(91), "3.0"),
                        sunsetExtended("sales", "2.1", day(50), day(121))),
                List.of(
                        registered("marketing", "sales-dashboard", "2.1", day(1)),
                        dashboardAck,
                        registered("marketing", "sales-dashboard", "3.0", day(61))),
                List.of(registered("finance", "jane.analyst", "2.1", day(2)), analystAsks, analystAsks),
                List.of(registered("operations", "ops-report", "2.1", day(3))));

        Set<Map<String, Final>> finals = new HashSet<>();
        Set<ProductVersion> versions = new HashSet<>();
        int orders = 0;
        for (List<CatalogEvent> order : Interleavings.of(topics)) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "2.1"));
            run.apply(published("sales", "3.0"));
            run.applyAll(order);
            run.expireHeld();

            assertThat(run.violations()).as("order %d", orders).isEmpty();
            List<String> ids = run.announced().stream().map(Alert::eventId).toList();
            assertThat(new HashSet<>(ids))
                    .as("alert event ids of order %d", orders)
                    .hasSize(ids.size());
            assertThat(run.announced())
                    .filteredOn(a -> a.notice() == AlertNotice.ANSWERED)
                    .as("at most one ANSWERED per distinct answer (one read after its alert resolved is kept quietly)")
                    .hasSizeBetween(1, 2);
            Map<String, Final> campaign = new TreeMap<>();
            run.alerts().forEach(a -> campaign.put(a.consumerId() + " " + a.version(), Final.of(a)));
            finals.add(campaign);
            versions.add(run.product().orElseThrow().version("2.1").orElseThrow());
            orders++;
        }

        assertThat(orders).as("interleavings: 9! / (2! 3! 3! 1!)").isEqualTo(5040);
        assertThat(finals).as("final campaigns").hasSize(1);
        assertThat(versions).as("final 2.1").hasSize(1);
        Map<String, Final> campaign = finals.iterator().next();
        assertThat(campaign.get("sales-dashboard 2.1.0").migrated()).isTrue();
        assertThat(campaign.get("jane.analyst 2.1.0").answer().kind()).isEqualTo(Answer.EXTENSION_REQUESTED);
        assertThat(campaign.get("ops-report 2.1.0").answer()).isNull();
        assertThat(campaign.values()).allSatisfy(f -> assertThat(f.sunsetAt()).isEqualTo(day(121)));
    }
}
