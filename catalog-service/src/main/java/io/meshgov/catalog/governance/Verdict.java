package io.meshgov.catalog.governance;

/** A policy's answer: allowed, or a violation with a reason a domain team can act on. */
public record Verdict(String violation) {

    private static final Verdict ALLOWED = new Verdict(null);

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict violated(String reason) {
        return new Verdict(reason);
    }

    public boolean isAllowed() {
        return violation == null;
    }
}
