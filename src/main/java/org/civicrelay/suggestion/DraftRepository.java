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
        return jdbc.sql("SELECT step, working_group, body FROM suggestion_draft WHERE user_key = ? AND updated_at >= ?")
                .params(author.value(), notBefore.getEpochSecond())
                .query((rs, row) -> new Draft(DraftStep.valueOf(rs.getString("step")), rs.getString("working_group"),
                        rs.getString("body")))
                .optional();
    }

    void save(Pseudonym author, Draft draft, Instant now) {
        jdbc.sql("""
                INSERT INTO suggestion_draft (user_key, step, working_group, body, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_key) DO UPDATE SET step = excluded.step, working_group = excluded.working_group,
                    body = excluded.body, updated_at = excluded.updated_at""")
                .params(author.value(), draft.step().name(), draft.workingGroup(), draft.text(), now.getEpochSecond())
                .update();
    }

    boolean delete(Pseudonym author) {
        return jdbc.sql("DELETE FROM suggestion_draft WHERE user_key = ?").param(author.value()).update() > 0;
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM suggestion_draft WHERE updated_at < ?").param(cutoff.getEpochSecond()).update();
    }
}
