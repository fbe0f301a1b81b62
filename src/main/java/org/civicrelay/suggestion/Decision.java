package org.civicrelay.suggestion;

import java.util.Objects;

/**
 * A moderator's decision on a suggestion: the state it moves to, and for an acceptance the recommendation
 * it was linked to, for a decline the reason (both optional, both plain ids checked by the caller), for a
 * request for more information the question put to the author.
 */
public record Decision(SuggestionState state, String recommendation, String declineReason, String question) {

    public Decision {
        Objects.requireNonNull(state, "state");
        if (state == SuggestionState.PENDING || state == SuggestionState.WITHDRAWN) {
            throw new IllegalArgumentException("a moderator's decision moves a suggestion out of PENDING");
        }
        if (recommendation != null && state != SuggestionState.ACCEPTED) {
            throw new IllegalArgumentException("only an accepted suggestion is linked to a recommendation");
        }
        if (declineReason != null && state != SuggestionState.DECLINED) {
            throw new IllegalArgumentException("only a declined suggestion has a decline reason");
        }
        if (question != null && state != SuggestionState.MORE_INFO_REQUESTED) {
            throw new IllegalArgumentException("only a request for more information carries a question");
        }
    }

    public Decision(SuggestionState state, String recommendation, String declineReason) {
        this(state, recommendation, declineReason, null);
    }

    public static Decision accept(String recommendation) {
        return new Decision(SuggestionState.ACCEPTED, recommendation, null);
    }

    public static Decision decline(String reason) {
        return new Decision(SuggestionState.DECLINED, null, reason);
    }

    public static Decision askMoreInfo() {
        return askMoreInfo(null);
    }

    public static Decision askMoreInfo(String question) {
        return new Decision(SuggestionState.MORE_INFO_REQUESTED, null, null, question);
    }

    public static Decision spam() {
        return new Decision(SuggestionState.SPAM, null, null);
    }

    /** Asking for more information leaves the suggestion open; every other decision closes it. */
    public boolean isFinal() {
        return !state.isOpen();
    }
}
