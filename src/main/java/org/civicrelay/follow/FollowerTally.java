package org.civicrelay.follow;

import java.util.Map;
import org.civicrelay.moderation.FollowerCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Followers per recommendation for the moderators' /stats: counts only, nothing about who. */
@Component
class FollowerTally implements FollowerCounts {

    private final FollowerRepository followers;

    FollowerTally(FollowerRepository followers) {
        this.followers = followers;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> byRecommendation() {
        return followers.countByRecommendation();
    }
}
