package org.civicrelay.suggestion;

/** Published inside the storing transaction, so that the moderators' card is queued atomically with it. */
public record SuggestionReceived(SuggestionRef ref) {}
