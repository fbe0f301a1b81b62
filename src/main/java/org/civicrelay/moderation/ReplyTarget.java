package org.civicrelay.moderation;

import org.civicrelay.submission.Submission;

/** Where a moderator's message about a submission can go. */
public sealed interface ReplyTarget {

    /** The author allowed replies: the message goes to the sealed address kept with the submission. */
    record Reachable(Submission submission) implements ReplyTarget {
    }

    /** The author stayed anonymous: no reply is possible. */
    record Anonymous() implements ReplyTarget {
    }

    /** No submission has this reference. */
    record Unknown() implements ReplyTarget {
    }
}
