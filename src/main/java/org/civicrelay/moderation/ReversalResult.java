package org.civicrelay.moderation;

import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;

/** What an undo or a /reopen achieved. */
public sealed interface ReversalResult {

    /**
     * The suggestion is open again ({@code suggestion} as it is now). {@code authorWasTold}: the decision had
     * already been announced to the author (a /reopen after the undo window); they are not told of this.
     */
    record Reversed(Suggestion suggestion, SuggestionState wasState, boolean authorWasTold) implements ReversalResult {}

    /** The undo window is over: the author may have been told; /reopen still takes the decision back. */
    record TooLate(Optional<SuggestionState> state) implements ReversalResult {}

    /** Nothing to take back: the suggestion is open (waiting, or waiting for the author's answer). */
    record NotDecided() implements ReversalResult {}

    /** No such suggestion. */
    record Unknown() implements ReversalResult {}
}
