package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Instant;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Service;

/**
 * Every moderator action: who (their alias, never a Telegram id or name), what, on what, and when.
 * Kept for {@code moderation.audit-retention} (180 days by default), then purged.
 */
@Service
public class AuditTrail implements Retention {

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final ModerationSettings settings;

    AuditTrail(AuditEntryRepository entries, Clock clock, ModerationSettings settings) {
        this.entries = entries;
        this.clock = clock;
        this.settings = settings;
    }

    /** Records an action, e.g. {@code record("anna", "setstatus", "R7 in_progress")}; call inside the change's transaction. */
    public void record(String moderatorAlias, String action, String subject) {
        entries.insert(clock.instant(), moderatorAlias, action, subject);
    }

    public int count(String action) {
        return entries.count(action);
    }

    @Override
    public String what() {
        return "audit entries";
    }

    @Override
    public int purge(Instant now) {
        return entries.deleteBefore(now.minus(settings.auditRetention()));
    }
}
