package org.civicrelay.moderation;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_entry} table: moderators' actions by alias, never by Telegram id. */
@Repository
class AuditEntryRepository {

    private final JdbcClient jdbc;

    AuditEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String moderatorAlias, String action, String subject) {
        jdbc.sql("INSERT INTO audit_entry (at, moderator, action, subject) VALUES (:at, :moderator, :action, :subject)")
                .param("at", at.getEpochSecond())
                .param("moderator", moderatorAlias)
                .param("action", action)
                .param("subject", subject)
                .update();
    }

    int count(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action")
                .param("action", action)
                .query(Integer.class)
                .single();
    }

    int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_entry WHERE at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }
}
