package io.meshgov.console.act;

import java.util.Locale;
import java.util.Optional;

/** What a person can do to a product version from the console: each is sent as the event a pipeline would send. */
public enum Action {
    REGISTER("register to this version", "a consumer's domain"),
    DEREGISTER("deregister from this version", "a consumer's domain"),
    DEPRECATE("deprecate this version", "the owning domain"),
    RETIRE("retire this version", "the owning domain"),
    EXTEND_SUNSET("move the sunset later", "the owning domain"),
    KEEP_SERVING("keep serving this version", "the owning domain"),
    ANSWER("answer the deprecation", "a consumer's domain"),
    REQUEST_ACCESS("request access to this version", "a consumer's domain"),
    DECIDE_ACCESS("approve or deny an access request", "the owning domain");

    private final String label;
    private final String actor;

    Action(String label, String actor) {
        this.label = label;
        this.actor = actor;
    }

    public String label() {
        return label;
    }

    /** Who is expected to act: said on the form, decided by the catalog. */
    public String actor() {
        return actor;
    }

    /** An access request or its decision: about a request, not a consumer. */
    public boolean concernsAccess() {
        return this == REQUEST_ACCESS || this == DECIDE_ACCESS;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Action> fromPath(String path) {
        for (Action action : values()) if (action.path().equals(path)) return Optional.of(action);
        return Optional.empty();
    }
}
