package org.civicrelay.submission;

import java.util.Objects;

/**
 * A suggestion being written. Each transition checks the step it starts from, so a stale or forged
 * button press cannot skip the review.
 */
public record Draft(DraftStep step, String topic, String text) {

    public Draft {
        Objects.requireNonNull(step, "step");
    }

    static Draft started() {
        return new Draft(DraftStep.CHOOSING_TOPIC, null, null);
    }

    boolean canChooseTopic() {
        return step == DraftStep.CHOOSING_TOPIC;
    }

    Draft withTopic(String chosen) {
        return new Draft(DraftStep.WRITING, chosen, null);
    }

    boolean canWrite() {
        return step == DraftStep.WRITING;
    }

    Draft withText(String written) {
        return new Draft(DraftStep.REVIEWING, topic, written);
    }

    Draft rewriting() {
        return new Draft(DraftStep.WRITING, topic, null);
    }

    Draft confirmed() {
        return new Draft(DraftStep.CHOOSING_REACHABILITY, topic, text);
    }
}
