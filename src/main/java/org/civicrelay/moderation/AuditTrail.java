package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Instant;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every moderator action: who (their alias, never a Telegram id or name), what, on what, and when.
 * Kept for {@code moderation.audit-retention} (180 days by default), then purged.
 */
@Service
public class AuditTrail implements Retention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModerationSettings settings;

    AuditTrail(JdbcClient jdbc, Clock clock, ModerationSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Records an action, e.g. {@code record("anna", "setstatus", "R7 in_progress")}; call inside the change's transaction. */
    public void record(String moderatorAlias, String action, String subject) {
        jdbc.sql("INSERT INTO audit_entry (at, moderator, action, subject) VALUES (?, ?, ?, ?)")
                .params(clock.instant().getEpochSecond(), moderatorAlias, action, subject)
                .update();
    }

    public int count(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Integer.class).single();
    }

    @Override
    public String what() {
        return "audit entries";
    }

    @Override
    public int purge(Instant now) {
        return jdbc.sql("DELETE FROM audit_entry WHERE at < ?")
                .param(now.minus(settings.auditRetention()).getEpochSecond())
                .update();
    }
}
