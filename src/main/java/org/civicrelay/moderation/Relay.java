package org.civicrelay.moderation;

import org.civicrelay.submission.SubmissionRef;
import org.civicrelay.submission.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous two-way relay between moderators and reachable authors. The moderation side decides
 * whether a message may go; the adapter copies the text only (never forwards), so neither side learns who
 * the other is.
 */
@Service
@Transactional
public class Relay {

    private final Submissions submissions;
    private final AuditTrail audit;

    Relay(Submissions submissions, AuditTrail audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    /** Where a moderator's message goes; a message that can go is recorded in the audit trail (not its text). */
    public ReplyTarget moderatorWrites(SubmissionRef ref, String moderator) {
        ReplyTarget target = submissions.find(ref)
                .<ReplyTarget>map(submission -> submission.reachable() ? new ReplyTarget.Reachable(submission)
                        : new ReplyTarget.Anonymous())
                .orElseGet(ReplyTarget.Unknown::new);
        if (target instanceof ReplyTarget.Reachable) {
            audit.record(moderator, "reply", ref.value());
        }
        return target;
    }
}
