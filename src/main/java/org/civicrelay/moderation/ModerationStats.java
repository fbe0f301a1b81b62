package org.civicrelay.moderation;

import java.util.Optional;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** /stats: counts for the moderators, each request written to the audit trail. */
@Service
@Transactional
public class ModerationStats {

    private final Suggestions suggestions;
    private final ObjectProvider<FollowerCounts> followers;
    private final AuditTrail audit;

    ModerationStats(Suggestions suggestions, ObjectProvider<FollowerCounts> followers, AuditTrail audit) {
        this.suggestions = suggestions;
        this.followers = followers;
        this.audit = audit;
    }

    public Stats stats(String moderator) {
        audit.record(moderator, "stats", "-");
        FollowerCounts counts = followers.getIfAvailable();
        return new Stats(
                suggestions.countByState(),
                suggestions.countByWorkingGroup(),
                Optional.ofNullable(counts).map(FollowerCounts::byRecommendation));
    }
}
