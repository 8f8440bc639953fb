package io.meshgov.catalog.alert;

import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deregistered;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.qualityChanged;
import static io.meshgov.catalog.ledger.Given.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.ledger.LedgerHarness;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A KPI of a version turning FAILING or STALE reaches that version's registered consumers, one alert each, resolved
 * when the KPI passes again or the consumer leaves; nobody else is alerted.
 */
class QualityBreachAlertsTests {

    private final LedgerHarness catalog = new LedgerHarness();

    @BeforeEach
    void twoVersionsWithConsumers() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(published("sales", "3.0"));
        catalog.apply(registered("marketing", "sales-dashboard", "2.1", day(1)));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(2)));
        catalog.apply(registered("operations", "ops-report", "3.0", day(3)));
    }

    @Test
    void aKpiTurningFailingAlertsEachConsumerOfThatVersionOnceAndNobodyElse() {
        catalog.apply(qualityChanged("2.1", "completeness", "PASSING", day(4)));
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(5)));

        assertThat(catalog.qualityAlerts())
                .extracting(a -> a.consumerId() + " " + a.consumerDomain() + " " + a.version() + " " + a.kpi() + " "
                        + a.state() + " " + a.status())
                .containsExactly(
                        "sales-dashboard marketing 2.1.0 completeness OPEN FAILING",
                        "jane.analyst finance 2.1.0 completeness OPEN FAILING");
        QualityAlert analyst = catalog.qualityAlerts().get(1);
        assertThat(analyst.ownerDomain()).isEqualTo("sales");
        assertThat(analyst.contact()).isEqualTo("jane.analyst@acmeco.example");
        assertThat(analyst.breachedAt()).isEqualTo(day(5));
        assertThat(analyst.occurredAt()).isEqualTo(day(5));
        assertThat(analyst.reason())
                .isEqualTo("completeness of top-10-customers 2.1.0 is FAILING since " + day(5)
                        + "; jane.analyst reads that version");
        assertThat(catalog.qualityAlerts().stream().map(QualityAlert::alertId).distinct())
                .hasSize(2);
    }

    @Test
    void theBreachStaysOneAlertThroughStaleAndResolvesWhenTheKpiPassesAgain() {
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(5)));
        List<QualityAlert> opened = catalog.qualityAlerts();

        catalog.apply(qualityChanged("2.1", "completeness", "STALE", day(6)));
        assertThat(catalog.qualityAlerts())
                .as("FAILING to STALE: the same breach")
                .hasSize(2);
        catalog.apply(qualityChanged("2.1", "completeness", "PASSING", day(7)));

        List<QualityAlert> resolved = catalog.qualityAlerts().subList(2, 4);
        assertThat(resolved)
                .extracting(a -> a.consumerId() + " " + a.state() + " " + a.status() + " " + a.occurredAt())
                .containsExactly(
                        "sales-dashboard RESOLVED PASSING " + day(7), "jane.analyst RESOLVED PASSING " + day(7));
        assertThat(resolved)
                .extracting(QualityAlert::alertId)
                .isEqualTo(opened.stream().map(QualityAlert::alertId).toList());
        assertThat(resolved.get(1).reason()).isEqualTo("completeness of top-10-customers 2.1.0 is PASSING again");
    }

    @Test
    void aRepeatedOrRedeliveredStatusAnnouncesNothingAgain() {
        CatalogEvent failing = qualityChanged("2.1", "completeness", "FAILING", day(5));
        catalog.apply(failing);
        catalog.apply(failing);
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(6)));

        assertThat(catalog.qualityAlerts()).hasSize(2);
    }

    /**
     * quality-service replayed (a new instance, a group reset) sends its transitions again, after the later ones: none
     * is news, so the KPI does not flip back and forth and nobody is alerted again.
     */
    @Test
    void aReplayOfEarlierStatusesChangesNothingAndAlertsNobodyAgain() {
        List<CatalogEvent> history = List.of(
                qualityChanged("2.1", "completeness", "FAILING", day(5)),
                qualityChanged("2.1", "completeness", "PASSING", day(6)),
                qualityChanged("2.1", "completeness", "FAILING", day(7)));
        catalog.applyAll(history);
        int announced = catalog.qualityAlerts().size();

        catalog.applyAll(history);

        assertThat(catalog.qualityAlerts()).as("alerts after the replay").hasSize(announced);
        assertThat(catalog.quality("2.1.0").orElseThrow().byKpi()).containsEntry("completeness", "FAILING");
        assertThat(catalog.quality("2.1.0")
                        .orElseThrow()
                        .breaches()
                        .get("completeness")
                        .since())
                .isEqualTo(day(7));
    }

    @Test
    void aConsumerArrivingDuringABreachIsToldAtOnceAndLeavingResolvesItsAlert() {
        catalog.apply(qualityChanged("2.1", "freshness", "STALE", day(5)));
        catalog.apply(registered("logistics", "route-planner", "2.1", day(8)));
        catalog.apply(registered("logistics", "route-planner", "2.1", day(9))); // again: already told
        catalog.apply(deregistered("logistics", "route-planner", "2.1", day(10)));

        List<QualityAlert> planner = catalog.qualityAlerts().stream()
                .filter(a -> a.consumerId().equals("route-planner"))
                .toList();
        assertThat(planner)
                .extracting(a -> a.state() + " " + a.status() + " " + a.occurredAt())
                .containsExactly("OPEN STALE " + day(8), "RESOLVED STALE " + day(10));
        assertThat(planner.get(1).reason()).isEqualTo("route-planner deregistered from 2.1.0");
        assertThat(planner.get(0).alertId()).isEqualTo(planner.get(1).alertId());

        catalog.apply(qualityChanged("2.1", "freshness", "PASSING", day(11)));
        assertThat(catalog.qualityAlerts())
                .filteredOn(a -> a.consumerId().equals("route-planner"))
                .as("gone before the KPI passed: nothing more")
                .hasSize(2);
    }

    @Test
    void aNewBreachAfterThePreviousEndedIsANewAlert() {
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(5)));
        catalog.apply(qualityChanged("2.1", "completeness", "PASSING", day(6)));
        catalog.apply(qualityChanged("2.1", "completeness", "FAILING", day(7)));

        assertThat(catalog.qualityAlerts()).hasSize(6);
        assertThat(catalog.qualityAlerts().stream().map(QualityAlert::alertId).distinct())
                .as("two breaches, two consumers")
                .hasSize(4);
        assertThat(catalog.qualityAlerts().stream().map(QualityAlert::eventId).distinct())
                .hasSize(6);
    }

    /**
     * While both facts hold, which one the catalog reads first does not matter: the quality topic and each consumer's
     * domain topic interleaved every way, redeliveries included, announce the same alerts with the same ids.
     */
    @Test
    void everyInterleavingOfTheBreachAndTheRegistrationsAnnouncesTheSameAlerts() {
        CatalogEvent failing = qualityChanged("1.0", "completeness", "FAILING", day(5));
        List<List<CatalogEvent>> topics = List.of(
                List.of(failing, qualityChanged("1.0", "completeness", "STALE", day(6)), failing),
                List.of(registered("marketing", "sales-dashboard", "1.0", day(1))),
                List.of(
                        registered("finance", "jane.analyst", "1.0", day(7)),
                        registered("finance", "jane.analyst", "1.0", day(7))));
        Set<Set<String>> outcomes = new HashSet<>();
        int orders = 0;
        for (List<CatalogEvent> order : Interleavings.of(topics)) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "1.0"));
            run.applyAll(order);
            run.apply(qualityChanged("1.0", "completeness", "PASSING", day(9)));
            List<String> ids = run.qualityAlerts().stream()
                    .map(a -> a.eventId() + " " + a.alertId() + " " + a.consumerId() + " " + a.state() + " "
                            + a.occurredAt())
                    .toList();
            assertThat(new HashSet<>(ids))
                    .as("order %d: each event once", orders)
                    .hasSize(ids.size());
            outcomes.add(new TreeSet<>(ids));
            orders++;
        }
        assertThat(orders).as("interleavings: 6! / (3! 1! 2!)").isEqualTo(60);
        assertThat(outcomes).as("distinct outcomes").hasSize(1);
        assertThat(outcomes.iterator().next())
                .as("two consumers, opened and resolved")
                .hasSize(4)
                .anySatisfy(e -> assertThat(e).contains("jane.analyst OPEN " + day(7)))
                .anySatisfy(e -> assertThat(e).contains("sales-dashboard OPEN " + day(5)));
    }
}
