package org.civicrelay.submission;

import java.util.Objects;

/**
 * A moderator's decision on a submission: the state it moves to, and for an acceptance the recommendation
 * it was linked to, for a decline the reason (both optional, both plain ids checked by the caller).
 */
public record Decision(SubmissionState state, String recommendation, String declineReason) {

    public Decision {
        Objects.requireNonNull(state, "state");
        if (state == SubmissionState.PENDING) {
            throw new IllegalArgumentException("a decision moves a submission out of PENDING");
        }
        if (recommendation != null && state != SubmissionState.ACCEPTED) {
            throw new IllegalArgumentException("only an accepted submission is linked to a recommendation");
        }
        if (declineReason != null && state != SubmissionState.DECLINED) {
            throw new IllegalArgumentException("only a declined submission has a decline reason");
        }
    }

    public static Decision accept(String recommendation) {
        return new Decision(SubmissionState.ACCEPTED, recommendation, null);
    }

    public static Decision decline(String reason) {
        return new Decision(SubmissionState.DECLINED, null, reason);
    }

    public static Decision askMoreInfo() {
        return new Decision(SubmissionState.MORE_INFO_REQUESTED, null, null);
    }

    public static Decision spam() {
        return new Decision(SubmissionState.SPAM, null, null);
    }

    /** Asking for more information leaves the submission open; every other decision closes it. */
    public boolean isFinal() {
        return state != SubmissionState.MORE_INFO_REQUESTED;
    }
}
