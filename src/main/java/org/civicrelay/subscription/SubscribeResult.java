package org.civicrelay.subscription;

/** What /subscribe or a Subscribe button did. */
public enum SubscribeResult {
    SUBSCRIBED,
    ALREADY_SUBSCRIBED,
    /** No such recommendation in the catalogue (or it has been retired). */
    UNKNOWN
}
