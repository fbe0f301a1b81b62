package org.civicrelay.suggestion;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a suggestion is in triage. */
public enum SuggestionState {
    PENDING,
    ACCEPTED,
    DECLINED,
    MORE_INFO_REQUESTED,
    SPAM,
    /** Its (anonymous) author withdrew it with their receipt; its text is erased at once. */
    WITHDRAWN;

    /**
     * Still open to a decision: nothing decided yet, or the moderators asked the author for more and await
     * the answer. This is the one definition of "open": the queue, the card's buttons, which decisions may
     * still be taken, the SQL of {@code SuggestionRepository} and the retention clock (which starts once a
     * suggestion is no longer open) all derive from it.
     */
    public boolean isOpen() {
        return this == PENDING || this == MORE_INFO_REQUESTED;
    }

    /** Every open state, for conditional updates and SQL. */
    static Set<SuggestionState> open() {
        return Arrays.stream(values())
                .filter(SuggestionState::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SuggestionState.class)));
    }
}
