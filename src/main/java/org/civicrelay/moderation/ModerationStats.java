package org.civicrelay.moderation;

import java.util.Optional;
import org.civicrelay.submission.Submissions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** /stats: counts for the moderators, each request written to the audit trail. */
@Service
@Transactional
public class ModerationStats {

    private final Submissions submissions;
    private final ObjectProvider<SubscriberCounts> subscribers;
    private final AuditTrail audit;

    ModerationStats(Submissions submissions, ObjectProvider<SubscriberCounts> subscribers, AuditTrail audit) {
        this.submissions = submissions;
        this.subscribers = subscribers;
        this.audit = audit;
    }

    public Stats stats(String moderator) {
        audit.record(moderator, "stats", "-");
        SubscriberCounts counts = subscribers.getIfAvailable();
        return new Stats(submissions.countByState(), submissions.countByTopic(),
                Optional.ofNullable(counts).map(SubscriberCounts::byRecommendation));
    }
}
