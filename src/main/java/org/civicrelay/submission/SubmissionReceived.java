package org.civicrelay.submission;

/** Published inside the storing transaction, so that the moderators' card is queued atomically with it. */
public record SubmissionReceived(SubmissionRef ref) {
}
