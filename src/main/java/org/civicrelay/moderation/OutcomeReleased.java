package org.civicrelay.moderation;

import org.civicrelay.suggestion.Suggestion;

/**
 * A decision's undo window is over: the author may now be told. Published inside the release's transaction,
 * so that what listeners queue (the message to the author) is stored with it or not at all.
 */
public record OutcomeReleased(Suggestion suggestion, Outcome outcome) {}
