package org.civicrelay.suggestion;

/** Where a suggestion is in triage. */
public enum SuggestionState {
    PENDING,
    ACCEPTED,
    DECLINED,
    MORE_INFO_REQUESTED,
    SPAM
}
