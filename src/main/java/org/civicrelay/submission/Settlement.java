package org.civicrelay.submission;

/** What became of a decision: it was taken, someone else had decided first, or there is no such submission. */
public sealed interface Settlement {

    record Settled(Submission submission) implements Settlement {
    }

    record AlreadyDecided(SubmissionState state) implements Settlement {
    }

    record Unknown() implements Settlement {
    }
}
