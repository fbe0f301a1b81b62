package org.civicrelay.suggestion;

/** What became of a decision: it was taken, someone else had decided first, or there is no such suggestion. */
public sealed interface Settlement {

    record Settled(Suggestion suggestion) implements Settlement {}

    record AlreadyDecided(SuggestionState state) implements Settlement {}

    record Unknown() implements Settlement {}
}
