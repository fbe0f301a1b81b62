package org.civicrelay.subscription;

import javax.sql.DataSource;
import org.civicrelay.catalogue.Recommendations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real {@link Subscriptions} over a real SQLite database, for tests outside this package. */
public final class TestSubscriptions {

    private TestSubscriptions() {
    }

    public static Subscriptions over(DataSource database, Recommendations recommendations, Notifier notifier) {
        return new Subscriptions(new SubscriptionRepository(JdbcClient.create(database)), recommendations, notifier);
    }
}
