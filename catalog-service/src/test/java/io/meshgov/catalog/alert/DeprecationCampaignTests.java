package io.meshgov.catalog.alert;

import static io.meshgov.catalog.ledger.Given.answered;
import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.keptInService;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static io.meshgov.catalog.ledger.Given.retired;
import static io.meshgov.catalog.ledger.Given.sunsetExtended;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.ledger.LedgerHarness;
import io.meshgov.catalog.product.VersionStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's story carried on to its decision: 2.1 deprecated on day 31 with its sunset on day 91; the dashboard
 * acknowledges and migrates, the analyst asks for an extension, the owner grants 30 days, the operations report stays
 * silent and is reminded; on the sunset the owner retires 2.1. The periodic check runs on a driven clock.
 */
class DeprecationCampaignTests {

    private final LedgerHarness catalog = new LedgerHarness();

    @BeforeEach
    void twoOneHasThreeConsumersWhenItIsDeprecated() {
        catalog.apply(published("sales", "2.1"));
        catalog.apply(published("sales", "3.0"));
        catalog.apply(registered("marketing", "sales-dashboard", "2.1", day(1)));
        catalog.apply(registered("finance", "jane.analyst", "2.1", day(2)));
        catalog.apply(registered("operations", "ops-report", "2.1", day(3)));
        catalog.apply(deprecated("sales", "2.1", day(31), day(91), "3.0"));
    }

    @Test
    void theStoryEndsWithARetirementOnTheExtendedSunsetAfterTheSilentConsumerWasReminded() {
        catalog.apply(answered("marketing", "sales-dashboard", "2.1", "ACKNOWLEDGED", day(33), day(60)));
        assertThat(alert("sales-dashboard")
                        .answer()
                        .plannedBefore(alert("sales-dashboard").sunsetAt()))
                .isTrue();
        catalog.apply(registered("marketing", "sales-dashboard", "3.0", day(58)));
        catalog.apply(answered("finance", "jane.analyst", "2.1", "EXTENSION_REQUESTED", day(40), day(121)));
        assertThat(alert("jane.analyst").answer().plannedBefore(day(91)))
                .as("asks for more than the sunset")
                .isFalse();

        assertThat(catalog.check(day(77)))
                .as("14 days before the sunset: only the silent consumer is reminded")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.consumerId()).isEqualTo("ops-report");
                    assertThat(a.notice()).isEqualTo(AlertNotice.REMINDER);
                    assertThat(a.remindedDaysBefore()).isEqualTo(14);
                    assertThat(a.updatedAt()).isEqualTo(day(77));
                });
        assertThat(catalog.check(day(78))).as("once only").isEmpty();
        assertThat(catalog.check(day(84)))
                .as("the escalation window opens on day 84")
                .extracting(Alert::consumerId, Alert::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jane.analyst", AlertState.ESCALATED),
                        org.assertj.core.groups.Tuple.tuple("ops-report", AlertState.ESCALATED));

        catalog.apply(sunsetExtended("sales", "2.1", day(85), day(121)));
        assertThat(alert("jane.analyst").state()).as("de-escalated").isEqualTo(AlertState.OPEN);
        assertThat(alert("jane.analyst").sunsetAt()).isEqualTo(day(121));
        assertThat(alert("jane.analyst")
                        .answer()
                        .plannedBefore(alert("jane.analyst").sunsetAt()))
                .as("her date is the new sunset")
                .isTrue();
        assertThat(alert("jane.analyst").notice()).isEqualTo(AlertNotice.SUNSET_EXTENDED);
        assertThat(alert("sales-dashboard").state()).as("migrated: untouched").isEqualTo(AlertState.RESOLVED);

        assertThat(catalog.check(day(107)))
                .extracting(Alert::consumerId, Alert::remindedDaysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ops-report", 14));
        assertThat(catalog.check(day(114)))
                .extracting(Alert::consumerId, Alert::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("jane.analyst", AlertState.ESCALATED),
                        org.assertj.core.groups.Tuple.tuple("ops-report", AlertState.ESCALATED));
        assertThat(catalog.check(day(118)))
                .extracting(Alert::consumerId, Alert::remindedDaysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ops-report", 3));

        catalog.apply(retired("sales", "2.1", day(121)));

        assertThat(catalog.violations()).isEmpty();
        assertThat(catalog.product().orElseThrow().version("2.1").orElseThrow().status())
                .isEqualTo(VersionStatus.RETIRED);
        Set<String> ids = catalog.announced().stream().map(Alert::eventId).collect(Collectors.toSet());
        assertThat(ids)
                .as("every announcement its own id")
                .hasSize(catalog.announced().size());
        assertThat(catalog.announced())
                .filteredOn(a -> a.notice() == AlertNotice.REMINDER)
                .extracting(Alert::consumerId)
                .containsOnly("ops-report")
                .as("on days 77 (14), 107 (14, for the new sunset) and 118 (3)")
                .hasSize(3);
    }

    @Test
    void keepingTheVersionInServiceResolvesEveryPendingAlertAndADeprecationLaterOpensNewEpisodes() {
        catalog.apply(answered("finance", "jane.analyst", "2.1", "OBJECTED", day(35), null));
        catalog.apply(keptInService("sales", "2.1", day(40)));

        assertThat(catalog.product().orElseThrow().version("2.1").orElseThrow().status())
                .isEqualTo(VersionStatus.ACTIVE);
        assertThat(catalog.alerts()).allSatisfy(a -> {
            assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(a.migrated()).isFalse();
            assertThat(a.reason()).isEqualTo("sales keeps serving top-10-customers 2.1.0: too many consumers");
        });
        assertThat(catalog.check(day(84)))
                .as("nothing pending: no reminder, no escalation")
                .isEmpty();

        catalog.apply(deprecated("sales", "2.1", day(100), day(160), "3.0"));

        assertThat(catalog.alerts()).hasSize(3).allSatisfy(a -> {
            assertThat(a.state()).isEqualTo(AlertState.OPEN);
            assertThat(a.episode()).isEqualTo(2);
            assertThat(a.sunsetAt()).isEqualTo(day(160));
            assertThat(a.answer()).as("a new campaign: nobody has answered it").isNull();
        });
        Set<String> ids = catalog.announced().stream().map(Alert::eventId).collect(Collectors.toSet());
        assertThat(ids).hasSize(catalog.announced().size());
    }

    /**
     * Kept in service, then deprecated again: an answer to the second deprecation read before it (the owner's topic
     * read later) waits for the reopened alert instead of being taken for one to the campaign that ended.
     */
    @Test
    void anAnswerToADeprecationAgainReadBeforeItWaitsForTheReopenedAlert() {
        catalog.apply(keptInService("sales", "2.1", day(40)));
        var again = deprecated("sales", "2.1", day(100), day(160), "3.0");
        var answer = answered("finance", "jane.analyst", "2.1", "ACKNOWLEDGED", day(105), day(150));

        catalog.apply(answer);
        assertThat(catalog.held()).as("waits for the deprecation").hasSize(1);
        catalog.apply(again);

        assertThat(alert("jane.analyst").episode()).isEqualTo(2);
        assertThat(alert("jane.analyst").answer()).isNotNull();
        assertThat(alert("jane.analyst").answer().kind()).isEqualTo(Answer.ACKNOWLEDGED);
        assertThat(catalog.violations()).isEmpty();
    }

    /**
     * A moved sunset counts its nearest point already past as reminded (the move told the consumer), and a reminder is
     * never stamped before the alert's last change.
     */
    @Test
    void aSunsetMovedCloseDoesNotRemindAtOnceForAPointAlreadyPastAndRemindersNeverGoBackInTime() {
        catalog.apply(sunsetExtended("sales", "2.1", day(85), day(95)));

        assertThat(catalog.check(day(86)))
                .as("the 14-day point of day 95 (day 81) was past at the move")
                .filteredOn(a -> a.notice() == AlertNotice.REMINDER)
                .isEmpty();
        assertThat(catalog.check(day(92)))
                .filteredOn(a -> a.notice() == AlertNotice.REMINDER)
                .extracting(Alert::remindedDaysBefore, Alert::updatedAt)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(3, day(92)));
    }

    @Test
    void decisionsOnlyByTheOwnerOnlyOnADeprecatedVersionAndSunsetsOnlyLater() {
        catalog.apply(sunsetExtended("finance", "2.1", day(40), day(150)));
        catalog.apply(sunsetExtended("sales", "2.1", day(40), day(80)));
        catalog.apply(keptInService("sales", "3.0", day(40)));
        catalog.apply(sunsetExtended("sales", "3.0", day(40), day(150)));

        assertThat(catalog.violations())
                .extracting(Violation::ruleId, Violation::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ownership",
                                "top-10-customers belongs to domain sales; domain finance may not move the sunset of"
                                        + " its versions"),
                        org.assertj.core.groups.Tuple.tuple(
                                "lifecycle",
                                "the sunset of top-10-customers 2.1.0 only moves later: " + day(80) + " is not after "
                                        + day(91)),
                        org.assertj.core.groups.Tuple.tuple(
                                "lifecycle",
                                "cannot withdraw the deprecation of top-10-customers 3.0.0: it is ACTIVE, only a"
                                        + " DEPRECATED version's can change"),
                        org.assertj.core.groups.Tuple.tuple(
                                "lifecycle",
                                "cannot move the sunset of top-10-customers 3.0.0: it is ACTIVE, only a DEPRECATED"
                                        + " version's can change"));
        assertThat(catalog.alerts()).allSatisfy(a -> assertThat(a.sunsetAt()).isEqualTo(day(91)));
    }

    @Test
    void anAnswerNeedsItsDateAndReasonAndComesFromTheConsumersOwnDomain() {
        catalog.apply(answered("marketing", "jane.analyst", "2.1", "ACKNOWLEDGED", day(33), day(60)));
        catalog.apply(answered("finance", "jane.analyst", "2.1", "ACKNOWLEDGED", day(34), null));
        catalog.apply(answered("finance", "jane.analyst", "2.1", "EXTENSION_REQUESTED", day(35), day(80)));

        assertThat(catalog.violations())
                .extracting(Violation::ruleId)
                .containsOnly("deprecation-answer")
                .hasSize(3);
        assertThat(catalog.violations())
                .extracting(Violation::reason)
                .containsExactly(
                        "jane.analyst registered from domain finance; domain marketing may not answer for it",
                        "ACKNOWLEDGED needs plannedAt: the planned migration or the requested sunset",
                        "an extension asks for a sunset after the one announced, " + day(91) + "; " + day(80)
                                + " is not");
        assertThat(alert("jane.analyst").answer()).isNull();
    }

    @Test
    void anAnswerToAVersionNotDeprecatedWaitsForItsAlertAndIsRefusedWhenNoneComes() {
        catalog.apply(registered("finance", "jane.analyst", "3.0", day(40)));
        catalog.apply(answered("finance", "jane.analyst", "3.0", "OBJECTED", day(41), null));

        assertThat(catalog.held()).hasSize(1);
        assertThat(catalog.violations()).isEmpty();

        catalog.expireHeld();

        assertThat(catalog.violations())
                .extracting(Violation::reason)
                .containsExactly("jane.analyst has nothing to answer: it is not a consumer of top-10-customers 3.0.0"
                        + " while that version is deprecated");
    }

    @Test
    void remindersSkipPointsBeforeTheAlertOpenedSendOnlyTheNearestDueAndStopAtTheSunset() {
        catalog.apply(registered("finance", "late-joiner", "2.1", day(80)));

        assertThat(catalog.check(day(88)))
                .as("down since before day 77: ops-report gets the 3-day reminder only; the late joiner, whose"
                        + " alert opened after the 14-day point, too")
                .filteredOn(a -> a.notice() == AlertNotice.REMINDER)
                .extracting(Alert::consumerId, Alert::remindedDaysBefore, Alert::updatedAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ops-report", 3, day(88)),
                        org.assertj.core.groups.Tuple.tuple("sales-dashboard", 3, day(88)),
                        org.assertj.core.groups.Tuple.tuple("jane.analyst", 3, day(88)),
                        org.assertj.core.groups.Tuple.tuple("late-joiner", 3, day(88)));
        assertThat(catalog.check(day(91)))
                .as("at the sunset: nothing more to remind")
                .isEmpty();
    }

    @Test
    void aConsumerThatAnswersOrMigratesIsNotReminded() {
        catalog.apply(answered("finance", "jane.analyst", "2.1", "OBJECTED", day(35), null));
        catalog.apply(registered("marketing", "sales-dashboard", "3.0", day(36)));

        assertThat(catalog.check(day(77))).extracting(Alert::consumerId).containsExactly("ops-report");
    }

    @Test
    void theSameAnswerToldAgainAndAnOlderOneReadLateChangeNothing() {
        catalog.apply(answered("finance", "jane.analyst", "2.1", "EXTENSION_REQUESTED", day(40), day(121)));
        catalog.apply(answered("finance", "jane.analyst", "2.1", "EXTENSION_REQUESTED", day(41), day(121)));
        catalog.apply(answered("finance", "jane.analyst", "2.1", "ACKNOWLEDGED", day(39), day(60)));

        assertThat(catalog.announced())
                .filteredOn(a -> a.notice() == AlertNotice.ANSWERED)
                .hasSize(1);
        assertThat(alert("jane.analyst").answer().kind()).isEqualTo(Answer.EXTENSION_REQUESTED);
        assertThat(catalog.violations()).isEmpty();
    }

    private Alert alert(String consumer) {
        List<Alert> found = catalog.alerts().stream()
                .filter(a -> a.consumerId().equals(consumer) && a.version().equals("2.1.0"))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
