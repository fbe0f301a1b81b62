package org.civicrelay.privacy;

import java.time.Clock;
import java.util.List;
import org.civicrelay.config.TestSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real {@link RetentionJob} (purges, then the WAL checkpoint), run once, for tests outside this package. */
public final class TestRetentionJob {

    private TestRetentionJob() {}

    public static void runOnce(List<Retention> retentions, JdbcClient jdbc, Clock clock) {
        new RetentionJob(
                        retentions,
                        new WalCheckpoint(
                                new WalRepository(jdbc), TestSettings.bot().build()),
                        clock,
                        TestSettings.bot().privacy())
                .runOnce();
    }
}
