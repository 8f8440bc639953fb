package io.meshgov.console.act;

/**
 * What a person filled in: the acting domain (whose topic the event goes to) and the fields of the action; fields an
 * action does not use stay null. Spring binds it from the form by name.
 */
public record ActionForm(
        String domain,
        String consumerId,
        String kind,
        String purpose,
        String contact,
        String reason,
        String sunset,
        String replacement) {

    public static ActionForm empty() {
        return new ActionForm(null, null, null, null, null, null, null, null);
    }
}
