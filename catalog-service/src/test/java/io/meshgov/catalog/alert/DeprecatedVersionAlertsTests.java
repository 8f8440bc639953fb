package io.meshgov.catalog.alert;

import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.deregistered;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.ledger.LedgerHarness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeprecatedVersionAlertsTests {

    private final LedgerHarness catalog = new LedgerHarness();

    /**
     * Each fact sent twice, the second time as a distinct event (its own id, a later time: a pipeline that re-sent
     * it), so the six events make 720 distinct orders.
     */
    @Test
    void opensExactlyOneAlertPerConsumerWhateverTheOrderAndDuplicates() {
        List<CatalogEvent> events = List.of(
                deprecated("sales", "2.1", day(31), day(91), "3.0"),
                registered("marketing", "sales-dashboard", "2.1", day(1)),
                registered("finance", "jane.analyst", "2.1", day(2)),
                deprecated("sales", "2.1", day(32), day(91), "3.0"),
                registered("marketing", "sales-dashboard", "2.1", day(3)),
                registered("finance", "jane.analyst", "2.1", day(4)));
        Set<List<String>> orders = new HashSet<>();

        for (List<CatalogEvent> order : permutations(events)) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "2.1"));
            run.apply(published("sales", "3.0"));
            run.applyAll(order);

            assertThat(run.alerts()).as("order %s", order).hasSize(2).allMatch(a -> a.state() == AlertState.OPEN);
            assertThat(run.announced())
                    .extracting(Alert::consumerId)
                    .containsExactlyInAnyOrder("sales-dashboard", "jane.analyst");
            assertThat(run.violations()).isEmpty();
            orders.add(order.stream().map(e -> e.source().eventId()).toList());
        }
        assertThat(orders).as("distinct orders").hasSize(720);
    }

    /**
     * The deprecation (owner's topic) and the consumer's registrations (its own topic) may be read in either order; by
     * the events' own times the consumer moved after the deprecation, so both orders announce OPEN then RESOLVED, with
     * the same ids, reasons and times.
     */
    @Test
    void aMigrationReadBeforeTheDeprecationItFollowsAnnouncesWhatTheEventOrderWould() {
        CatalogEvent onOld = registered("finance", "jane.analyst", "2.1", day(1));
        CatalogEvent deprecation = deprecated("sales", "2.1", day(31), day(91), "3.0");
        CatalogEvent onNew = registered("finance", "jane.analyst", "3.0", day(40));
        List<List<Alert>> outcomes = new ArrayList<>();

        for (List<CatalogEvent> order :
                List.of(List.of(onOld, deprecation, onNew), List.of(onOld, onNew, deprecation))) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "2.1"));
            run.apply(published("sales", "3.0"));
            run.applyAll(order);
            outcomes.add(run.announced());
        }

        assertThat(outcomes.get(0)).extracting(Alert::state).containsExactly(AlertState.OPEN, AlertState.RESOLVED);
        assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
    }

    @Test
    void anAlertOpensWhenBothTheDeprecationAndTheRegistrationHoldWhicheverCameFirst() {
        CatalogEvent deprecation = deprecated("sales", "2.1", day(31), day(91), null);
        CatalogEvent late = registered("finance", "jane.analyst", "2.1", day(35));
        CatalogEvent early = registered("marketing", "sales-dashboard", "2.1", day(2));

        for (List<CatalogEvent> order : permutations(List.of(deprecation, late, early))) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "2.1"));
            run.applyAll(order);

            assertThat(run.alerts())
                    .as("order %s", order)
                    .extracting(Alert::consumerId, Alert::openedAt)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("jane.analyst", day(35)),
                            org.assertj.core.groups.Tuple.tuple("sales-dashboard", day(31)));
        }
    }

    @Test
    void givesTheSamePairTheSameAlertIdAndEachStateChangeItsOwnEventId() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(1)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), null));
        catalog.apply(deregistered("finance", "jane.analyst", "2.1", day(40)));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(41)));

        assertThat(catalog.announced())
                .extracting(Alert::state)
                .containsExactly(AlertState.OPEN, AlertState.RESOLVED, AlertState.OPEN);
        assertThat(catalog.announced())
                .extracting(Alert::alertId)
                .containsOnly(Alert.idOf("top-10-customers", "2.1.0", "jane.analyst"));
        Set<String> eventIds = catalog.announced().stream().map(Alert::eventId).collect(Collectors.toSet());
        assertThat(eventIds).hasSize(3);
    }

    @Test
    void resolvesWhenTheConsumerRegistersToTheReplacementOrAnyNewerVersion() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(published("sales", "3.0"));
        catalog.apply(published("sales", "3.1"));
        catalog.apply(registered("marketing", "sales-dashboard", "2.1", day(1)));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(1)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), "3.0"));

        catalog.apply(registered("marketing", "sales-dashboard", "3.0", day(40)));
        catalog.apply(registered("finance", "jane.analyst", "3.1", day(41)));

        assertThat(catalog.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(alert.migrated()).isTrue();
        });
    }

    @Test
    void resolvesWithoutMigrationWhenTheConsumerDeregisters() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(1)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), null));

        catalog.apply(deregistered("finance", "jane.analyst", "2.1", day(40)));

        assertThat(catalog.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(alert.migrated()).isFalse();
        });
    }

    @Test
    void doesNotAlertAConsumerAlreadyOnANewerVersion() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(published("sales", "3.0"));
        catalog.apply(registered("marketing", "sales-dashboard", "2.1", day(1)));
        catalog.apply(registered("marketing", "sales-dashboard", "3.0", day(2)));

        catalog.apply(deprecated("sales", "2.1", day(31), day(91), "3.0"));

        assertThat(catalog.announced()).isEmpty();
        assertThat(catalog.alerts()).singleElement().satisfies(alert -> assertThat(alert.migrated())
                .isTrue());
    }

    @Test
    void escalatesWhenTheSunsetIsWithinTheWindowAndOnlyOnce() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(1)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), null));
        Alert open = catalog.alerts().get(0);

        assertThat(catalog.ledger().escalate(open, day(83)))
                .as("8 days before sunset")
                .isEmpty();
        Alert escalated = catalog.ledger().escalate(open, day(84)).orElseThrow();

        assertThat(escalated.state()).isEqualTo(AlertState.ESCALATED);
        assertThat(escalated.eventId()).isNotEqualTo(open.eventId());
        assertThat(catalog.ledger().escalate(escalated, day(85))).isEmpty();
    }

    @Test
    void anEscalationIsStampedWhenItBecameDueWhicheverCheckNoticesIt() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(1)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), null));
        Alert open = catalog.alerts().get(0);

        Alert noticedLate = catalog.ledger().escalate(open, day(90)).orElseThrow();
        Alert noticedEarly = catalog.ledger().escalate(open, day(84)).orElseThrow();

        assertThat(noticedLate).isEqualTo(noticedEarly);
        assertThat(noticedLate.updatedAt())
                .as("sunset day 91 minus the 7-day window")
                .isEqualTo(day(84));
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) return List.of(List.of());
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }
}
