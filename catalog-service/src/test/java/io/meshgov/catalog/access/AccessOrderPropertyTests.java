package io.meshgov.catalog.access;

import static io.meshgov.catalog.ledger.Given.accessDecided;
import static io.meshgov.catalog.ledger.Given.accessRequested;
import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.alert.Interleavings;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.ledger.LedgerHarness;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every order in which the catalog can read access requests, the owner's decisions and a deprecation, redeliveries
 * included, gives the same requests, registrations and alerts, and announces each request's state once. The owner's
 * topic keeps its order (the decisions, then the deprecation); each requester's keeps its own.
 */
class AccessOrderPropertyTests {

    private record Final(
            Map<String, AccessState> requests, Set<String> registrations, Map<String, AlertState> alerts) {}

    @Test
    void everyInterleavingOfRequestsDecisionsAndADeprecationEndsAlike() {
        CatalogEvent financeAsks = accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90));
        List<List<CatalogEvent>> topics = List.of(
                List.of(
                        accessDecided("sales", "q1", "3.0", true, day(2), day(30)),
                        accessDecided("sales", "m1", "3.0", false, day(3), null),
                        deprecated("sales", "3.0", day(10), day(100), "4.0")),
                List.of(financeAsks, financeAsks),
                List.of(accessRequested("marketing", "m1", "campaign-planner", "3.0", day(1), day(60))),
                List.of(registered("operations", "ops-report", "3.0", day(4))));

        Set<Final> finals = new HashSet<>();
        int orders = 0;
        for (List<CatalogEvent> order : Interleavings.of(topics)) {
            LedgerHarness run = new LedgerHarness();
            run.apply(published("sales", "3.0"));
            run.apply(published("sales", "4.0"));
            run.applyAll(order);
            run.expireHeld();
            run.expireGrants(day(30));

            assertThat(run.violations()).as("order %d", orders).isEmpty();
            List<String> announced = run.grantsAnnounced().stream()
                    .map(a -> a.requestId() + " " + a.state())
                    .toList();
            assertThat(announced)
                    .as("grant states announced in order %d", orders)
                    .containsExactlyInAnyOrder("q1 APPROVED", "m1 DENIED", "q1 EXPIRED");
            List<String> alertIds = run.announced().stream().map(Alert::eventId).toList();
            assertThat(new HashSet<>(alertIds))
                    .as("alert ids of order %d", orders)
                    .hasSize(alertIds.size());
            Map<String, AccessState> requests = new TreeMap<>();
            run.accessRequests().forEach(a -> requests.put(a.requestId(), a.state()));
            Set<String> registrations = new HashSet<>();
            run.registrations().forEach(r -> registrations.add(r.consumerId() + " " + r.version()));
            Map<String, AlertState> alerts = new TreeMap<>();
            run.alerts().forEach(a -> alerts.put(a.consumerId(), a.state()));
            finals.add(new Final(requests, registrations, alerts));
            orders++;
        }

        assertThat(orders).as("interleavings: 7! / (3! 2! 1! 1!)").isEqualTo(420);
        assertThat(finals).hasSize(1);
        Final end = finals.iterator().next();
        assertThat(end.requests())
                .containsExactlyInAnyOrderEntriesOf(Map.of("q1", AccessState.EXPIRED, "m1", AccessState.DENIED));
        assertThat(end.registrations()).containsExactly("ops-report 3.0.0");
        assertThat(end.alerts())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("jane.analyst", AlertState.RESOLVED, "ops-report", AlertState.OPEN));
    }
}
