package org.civicrelay.suggestion;

import java.time.Instant;
import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts in SQLite, keyed by the author's pseudonym, so that a restart mid-flow strands nobody. */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(Pseudonym author, Instant notBefore) {
        return jdbc.sql("""
                SELECT step, working_group, body, message_id FROM suggestion_draft
                WHERE user_key = :author AND updated_at >= :notBefore""")
                .param("author", author.value())
                .param("notBefore", notBefore.getEpochSecond())
                .query((rs, row) -> new Draft(
                        DraftStep.valueOf(rs.getString("step")),
                        rs.getString("working_group"),
                        rs.getString("body"),
                        (Integer) rs.getObject("message_id")))
                .optional();
    }

    /** Whether the author has a draft last touched before {@code cutoff} (not yet purged). */
    boolean existsBefore(Pseudonym author, Instant cutoff) {
        return jdbc.sql("SELECT count(*) FROM suggestion_draft WHERE user_key = :author AND updated_at < :cutoff")
                        .param("author", author.value())
                        .param("cutoff", cutoff.getEpochSecond())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void save(Pseudonym author, Draft draft, Instant now) {
        jdbc.sql("""
                INSERT INTO suggestion_draft (user_key, step, working_group, body, message_id, updated_at)
                VALUES (:author, :step, :group, :body, :messageId, :now)
                ON CONFLICT (user_key) DO UPDATE SET step = excluded.step, working_group = excluded.working_group,
                    body = excluded.body, message_id = excluded.message_id, updated_at = excluded.updated_at""")
                .param("author", author.value())
                .param("step", draft.step().name())
                .param("group", draft.workingGroup())
                .param("body", draft.text())
                .param("messageId", draft.messageId())
                .param("now", now.getEpochSecond())
                .update();
    }

    boolean delete(Pseudonym author) {
        return jdbc.sql("DELETE FROM suggestion_draft WHERE user_key = :author")
                        .param("author", author.value())
                        .update()
                > 0;
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM suggestion_draft WHERE updated_at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }
}
