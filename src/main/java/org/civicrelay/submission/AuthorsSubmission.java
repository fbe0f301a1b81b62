package org.civicrelay.submission;

import java.time.LocalDate;
import java.util.Optional;

/** What an author may see of their own (reachable) submission: no text, nothing about moderators. */
public record AuthorsSubmission(SubmissionRef ref, String topic, LocalDate createdOn, SubmissionState state,
        Optional<String> recommendation) {
}
