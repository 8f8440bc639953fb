package io.meshgov.console.act;

/**
 * What a person filled in: the acting domain (whose topic the event goes to) and the fields of the action; fields an
 * action does not use stay null. {@code answer} and {@code planned} are a consumer's answer to a deprecation and its
 * date (the planned migration, or the sunset it asks for). Spring binds it from the form by name.
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
        String planned) {

    public static ActionForm empty() {
        return new ActionForm(null, null, null, null, null, null, null, null, null, null);
    }
}
