package org.civicrelay.suggestion;

import java.util.Objects;

/**
 * A suggestion being written. Each transition checks the step it starts from, so a stale or forged
 * button press cannot skip the review.
 */
public record Draft(DraftStep step, String workingGroup, String text) {

    public Draft {
        Objects.requireNonNull(step, "step");
    }

    static Draft started() {
        return new Draft(DraftStep.CHOOSING_WORKING_GROUP, null, null);
    }

    boolean canChooseWorkingGroup() {
        return step == DraftStep.CHOOSING_WORKING_GROUP;
    }

    Draft withWorkingGroup(String chosen) {
        return new Draft(DraftStep.WRITING, chosen, null);
    }

    boolean canWrite() {
        return step == DraftStep.WRITING;
    }

    Draft withText(String written) {
        return new Draft(DraftStep.REVIEWING, workingGroup, written);
    }

    Draft rewriting() {
        return new Draft(DraftStep.WRITING, workingGroup, null);
    }

    Draft confirmed() {
        return new Draft(DraftStep.CHOOSING_REACHABILITY, workingGroup, text);
    }
}
