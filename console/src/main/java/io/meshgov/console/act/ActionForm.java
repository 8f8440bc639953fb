package io.meshgov.console.act;

/**
 * What a person filled in: the acting domain (whose topic the event goes to) and the fields of the action; fields an
 * action does not use stay null. {@code answer} and {@code planned} are a consumer's answer to a deprecation and its
 * date (the planned migration, or the sunset it asks for); {@code requestId}, {@code until} and {@code decision} an
 * access request's id, its end, and the owner's APPROVED or DENIED. Spring binds it from the form by name.
 */
public record ActionForm(
        String domain,
        String consumerId,
        String kind,
        String purpose,
        String contact,
        String reason,
        String sunset,
        String replacement,
        String answer,
        String planned,
        String requestId,
        String until,
        String decision) {

    /** A form without the access request's fields. */
    public ActionForm(
            String domain,
            String consumerId,
            String kind,
            String purpose,
            String contact,
            String reason,
            String sunset,
            String replacement,
            String answer,
            String planned) {
        this(
                domain,
                consumerId,
                kind,
                purpose,
                contact,
                reason,
                sunset,
                replacement,
                answer,
                planned,
                null,
                null,
                null);
    }

    public static ActionForm empty() {
        return new ActionForm(null, null, null, null, null, null, null, null, null, null);
    }
}
