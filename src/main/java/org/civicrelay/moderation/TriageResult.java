package org.civicrelay.moderation;

import org.civicrelay.submission.Submission;
import org.civicrelay.submission.SubmissionState;

/** What a moderator's triage button achieved. */
public sealed interface TriageResult {

    /** This moderator's decision was taken. */
    record Decided(Submission submission, Outcome outcome) implements TriageResult {
    }

    /** Another moderator (or an earlier press) decided first; nothing changed. */
    record AlreadyDecided(SubmissionState state) implements TriageResult {
    }

    /** More information cannot be asked of an author who chose to stay anonymous; nothing changed. */
    record AuthorUnreachable() implements TriageResult {
    }

    /** No such submission, or a recommendation or reason that does not exist (a forged button); nothing changed. */
    record Invalid() implements TriageResult {
    }
}
