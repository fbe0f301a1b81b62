package org.civicrelay.suggestion;

import java.util.Objects;

/**
 * A suggestion being written. Each transition checks the step it starts from, so a stale or forged
 * button press cannot skip the review. {@code messageId} is the author's message the text came from, so
 * that an edit of that message replaces the text.
 */
public record Draft(DraftStep step, String workingGroup, String text, Integer messageId) {

    public Draft {
        Objects.requireNonNull(step, "step");
    }

    public Draft(DraftStep step, String workingGroup, String text) {
        this(step, workingGroup, text, null);
    }

    static Draft started() {
        return new Draft(DraftStep.CHOOSING_WORKING_GROUP, null, null);
    }

    /** A text sent outside the flow that its author then chose to send as a suggestion: the group comes next. */
    static Draft startedWith(String text, Integer messageId) {
        return new Draft(DraftStep.CHOOSING_WORKING_GROUP, null, text, messageId);
    }

    boolean canChooseWorkingGroup() {
        return step == DraftStep.CHOOSING_WORKING_GROUP;
    }

    /** Whether the author is to choose the working group next. */
    public boolean isChoosingWorkingGroup() {
        return canChooseWorkingGroup();
    }

    /** Back to the working groups ("Another group"), keeping whatever text there is. */
    Draft regrouped() {
        return new Draft(DraftStep.CHOOSING_WORKING_GROUP, null, text, messageId);
    }

    /** Writing next, or straight to the review when the text came first. */
    Draft withWorkingGroup(String chosen) {
        return new Draft(text == null ? DraftStep.WRITING : DraftStep.REVIEWING, chosen, text, messageId);
    }

    boolean canWrite() {
        return step == DraftStep.WRITING;
    }

    Draft withText(String written, Integer fromMessage) {
        return new Draft(DraftStep.REVIEWING, workingGroup, written, fromMessage);
    }

    Draft withText(String written) {
        return withText(written, null);
    }

    /** A second message while reviewing, added below the text. */
    Draft appended(String more) {
        return new Draft(DraftStep.REVIEWING, workingGroup, text + "\n\n" + more, messageId);
    }

    /** Back to writing; the message the text came from is remembered, so that editing it still works. */
    Draft rewriting() {
        return new Draft(DraftStep.WRITING, workingGroup, null, messageId);
    }

    /** Whether the author is looking at the review (Send / Edit / Cancel). */
    public boolean isReviewing() {
        return step == DraftStep.REVIEWING || step == DraftStep.CHOOSING_REACHABILITY;
    }

    /** Whether there is text that starting afresh would lose. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
