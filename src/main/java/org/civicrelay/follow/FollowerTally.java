package org.civicrelay.follow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicrelay.moderation.FollowerCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Followers per recommendation for the moderators' /stats: counts only, nothing about who. */
@Component
class FollowerTally implements FollowerCounts {

    private final JdbcClient jdbc;

    FollowerTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> byRecommendation() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT recommendation, count(*) AS followers FROM follow GROUP BY recommendation "
                        + "ORDER BY CAST(substr(recommendation, 2) AS INTEGER)")
                .query(rs -> {
                    counts.put(rs.getString("recommendation"), rs.getInt("followers"));
                });
        return counts;
    }
}
