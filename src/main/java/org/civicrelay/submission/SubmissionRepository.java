package org.civicrelay.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the submission with the author's spam key (kept only until a decision); false when the
     * (random) reference is already taken.
     */
    boolean insert(Submission submission, Pseudonym authorKey, Pseudonym author) {
        return jdbc.sql("""
                INSERT INTO submission (ref, topic, body, created_on, state, reply_to, author_key, reply_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ref) DO NOTHING""")
                .params(submission.ref().value(), submission.topic(), submission.text(),
                        submission.createdOn().toString(), submission.state().name(),
                        submission.replyTo().map(SealedId::bytes).orElse(null), authorKey.value(),
                        submission.reachable() ? author.value() : null)
                .update() == 1;
    }

    /** The submissions of an author who chose to be reachable, newest first. */
    List<AuthorsSubmission> ofReachableAuthor(Pseudonym author) {
        return jdbc.sql("""
                SELECT ref, topic, created_on, state, recommendation FROM submission
                WHERE reply_key = ? ORDER BY created_on DESC, rowid DESC""")
                .param(author.value())
                .query((rs, row) -> new AuthorsSubmission(new SubmissionRef(rs.getString("ref")), rs.getString("topic"),
                        LocalDate.parse(rs.getString("created_on")), SubmissionState.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("recommendation"))))
                .list();
    }

    /** Erases the reply address (and with it the link to the author) of the author's submissions. */
    int forgetReachableAuthor(Pseudonym author, boolean alsoText) {
        return jdbc.sql("UPDATE submission SET reply_to = NULL, reply_key = NULL"
                        + (alsoText ? ", body = NULL" : "") + " WHERE reply_key = ?")
                .param(author.value())
                .update();
    }

    /**
     * Moves the submission to {@code decision.state()} if, and only if, it is still in one of {@code from}:
     * one conditional UPDATE, so that of two moderators deciding at once exactly one succeeds. A final
     * decision also erases the author key; the key as it was is returned, for a spam block. Call inside a
     * transaction (the key is read just before, on the same single connection).
     */
    Optional<Settled> settle(SubmissionRef ref, Set<SubmissionState> from, Decision decision, Instant at) {
        List<String> keys = jdbc.sql("SELECT author_key FROM submission WHERE ref = ?").param(ref.value())
                .query((rs, row) -> rs.getString(1)).list();
        String previousKey = keys.isEmpty() ? null : keys.get(0);
        String states = from.stream().map(state -> "'" + state.name() + "'").sorted().collect(Collectors.joining(","));
        int changed = jdbc.sql("""
                UPDATE submission SET state = ?, triaged_at = ?, recommendation = ?, decline_reason = ?,
                    author_key = CASE WHEN ? = 1 THEN author_key ELSE NULL END
                WHERE ref = ? AND state IN (""" + states + ")")
                .params(decision.state().name(), at.getEpochSecond(), decision.recommendation(),
                        decision.declineReason(), decision.isFinal() ? 0 : 1, ref.value())
                .update();
        return changed == 1 ? Optional.of(new Settled(previousKey)) : Optional.empty();
    }

    /** What a successful {@link #settle} saw: the author key before it was erased (null if there was none). */
    record Settled(String previousAuthorKey) {
    }

    /** Submissions awaiting a decision, oldest first (insertion order within a day). */
    List<Submission> awaiting(int offset, int limit) {
        return jdbc.sql("""
                SELECT ref, topic, body, created_on, state, reply_to FROM submission
                WHERE state IN ('PENDING', 'MORE_INFO_REQUESTED')
                ORDER BY created_on, rowid LIMIT ? OFFSET ?""")
                .params(limit, offset)
                .query(SubmissionRepository::map)
                .list();
    }

    int countAwaiting() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE state IN ('PENDING', 'MORE_INFO_REQUESTED')")
                .query(Integer.class).single();
    }

    Map<String, Integer> countBy(String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS k, count(*) AS n FROM submission GROUP BY " + column + " ORDER BY " + column)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getInt("n"));
                });
        return counts;
    }

    Optional<Submission> find(SubmissionRef ref) {
        return jdbc.sql("SELECT ref, topic, body, created_on, state, reply_to FROM submission WHERE ref = ?")
                .param(ref.value())
                .query(SubmissionRepository::map)
                .optional();
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        byte[] replyTo = rs.getBytes("reply_to");
        return new Submission(new SubmissionRef(rs.getString("ref")), rs.getString("topic"), rs.getString("body"),
                LocalDate.parse(rs.getString("created_on")), SubmissionState.valueOf(rs.getString("state")),
                Optional.ofNullable(replyTo).map(SealedId::new));
    }
}
