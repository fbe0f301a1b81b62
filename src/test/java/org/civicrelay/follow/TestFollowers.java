package org.civicrelay.follow;

import javax.sql.DataSource;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.privacy.TestIdentities;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real {@link Followers} over a real SQLite database, for tests outside this package. */
public final class TestFollowers {

    private TestFollowers() {}

    public static Followers over(DataSource database, Recommendations recommendations, Notifier notifier) {
        return new Followers(
                new FollowerRepository(JdbcClient.create(database)),
                recommendations,
                notifier,
                TestIdentities.identities());
    }
}
