package org.civicrelay.submission;

import java.time.LocalDate;
import java.util.Optional;
import org.civicrelay.privacy.SealedId;

/** A stored suggestion. The author is known only as a sealed reply address, and only if they chose to be reachable. */
public record Submission(SubmissionRef ref, String topic, String text, LocalDate createdOn, SubmissionState state,
        Optional<SealedId> replyTo) {

    public boolean reachable() {
        return replyTo.isPresent();
    }
}
