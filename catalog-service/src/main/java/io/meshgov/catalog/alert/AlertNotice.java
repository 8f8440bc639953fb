package io.meshgov.catalog.alert;

/** What an alert's latest event announces: a new state, the consumer's answer, a moved sunset or a reminder. */
public enum AlertNotice {
    STATE_CHANGED,
    ANSWERED,
    SUNSET_EXTENDED,
    REMINDER
}
