package org.civicrelay.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.civicrelay.privacy.SealedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the submission; false when the (random) reference is already taken. */
    boolean insert(Submission submission) {
        return jdbc.sql("""
                INSERT INTO submission (ref, topic, body, created_on, state, reply_to) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (ref) DO NOTHING""")
                .params(submission.ref().value(), submission.topic(), submission.text(),
                        submission.createdOn().toString(), submission.state().name(),
                        submission.replyTo().map(SealedId::bytes).orElse(null))
                .update() == 1;
    }

    Optional<Submission> find(SubmissionRef ref) {
        return jdbc.sql("SELECT ref, topic, body, created_on, state, reply_to FROM submission WHERE ref = ?")
                .param(ref.value())
                .query(SubmissionRepository::map)
                .optional();
    }

    void recordCard(SubmissionRef ref, int messageId) {
        jdbc.sql("UPDATE submission SET card_message_id = ? WHERE ref = ?").params(messageId, ref.value()).update();
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        byte[] replyTo = rs.getBytes("reply_to");
        return new Submission(new SubmissionRef(rs.getString("ref")), rs.getString("topic"), rs.getString("body"),
                LocalDate.parse(rs.getString("created_on")), SubmissionState.valueOf(rs.getString("state")),
                Optional.ofNullable(replyTo).map(SealedId::new));
    }
}
