package io.meshgov.console.act;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What became of a sent command, read from the catalog rather than guessed: refused (the violations it caused, each
 * with its rule and reason), applied (the version shows its effect), or not decided yet.
 *
 * @param state REFUSED, APPLIED or WAITING
 * @param reasons for REFUSED, each "rule: reason"
 */
public record Decision(String state, List<String> reasons) {

    public boolean settled() {
        return !state.equals("WAITING");
    }

    /**
     * {@code violations} are the catalog's for the sent event id; {@code target} the version as the catalog shows it
     * now; {@code consumerId} the consumer a registration or deregistration named (the request id, for an access
     * request or decision); {@code sentAt} the sent event's
     * time, which the catalog records as the time of the deprecation, retirement, moved sunset, withdrawal or answer
     * it applied.
     */
    public static Decision of(Action action, List<?> violations, Target target, String consumerId, Instant sentAt) {
        List<String> reasons = violations.stream()
                .filter(Map.class::isInstance)
                .map(v -> (Map<?, ?>) v)
                .map(v -> v.get("ruleId") + ": " + v.get("reason"))
                .toList();
        if (!reasons.isEmpty()) return new Decision("REFUSED", reasons);
        boolean applied =
                switch (action) {
                    case REGISTER -> target.consumer(consumerId).isPresent();
                    case DEREGISTER -> target.consumer(consumerId).isEmpty();
                    case DEPRECATE -> sentAt.equals(target.deprecatedAt());
                    case RETIRE -> sentAt.equals(target.retiredAt());
                    case EXTEND_SUNSET -> sentAt.equals(target.sunsetExtendedAt());
                    case KEEP_SERVING -> sentAt.equals(target.withdrawnAt());
                    case ANSWER ->
                        target.consumer(consumerId)
                                .map(c -> sentAt.equals(c.answeredAt()))
                                .orElse(false);
                    case REQUEST_ACCESS -> target.request(consumerId).isPresent();
                    case DECIDE_ACCESS ->
                        target.request(consumerId)
                                .map(r -> sentAt.equals(r.decidedAt()))
                                .orElse(false);
                };
        return new Decision(applied ? "APPLIED" : "WAITING", List.of());
    }
}
