package org.civicrelay.telegram.board;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code board_post} table: the progress board's message per working group, and what is in flight. */
@Repository
class BoardPostRepository {

    /** One working group's board message as the keeper tracks it. */
    record Post(
            String workingGroup,
            Optional<Integer> messageId,
            Optional<String> shownHash,
            boolean dirty,
            Optional<String> pendingHash,
            Optional<Instant> pendingSince,
            int stuck) {}

    private final JdbcClient jdbc;

    BoardPostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every working group's row, made (dirty) for those that have none yet. */
    List<Post> all(List<String> workingGroups) {
        for (String group : workingGroups) {
            jdbc.sql("INSERT INTO board_post (working_group) VALUES (:group) ON CONFLICT DO NOTHING")
                    .param("group", group)
                    .update();
        }
        return jdbc.sql("""
                SELECT working_group, message_id, shown_hash, dirty, pending_hash, pending_since, stuck
                FROM board_post ORDER BY working_group""")
                .query((rs, n) -> {
                    int messageId = rs.getInt("message_id");
                    Optional<Integer> posted = rs.wasNull() ? Optional.empty() : Optional.of(messageId);
                    long since = rs.getLong("pending_since");
                    Optional<Instant> pending =
                            rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(since));
                    return new Post(
                            rs.getString("working_group"),
                            posted,
                            Optional.ofNullable(rs.getString("shown_hash")),
                            rs.getInt("dirty") == 1,
                            Optional.ofNullable(rs.getString("pending_hash")),
                            pending,
                            rs.getInt("stuck"));
                })
                .list();
    }

    Optional<Post> find(String workingGroup) {
        return all(List.of()).stream()
                .filter(post -> post.workingGroup().equals(workingGroup))
                .findFirst();
    }

    void markDirty(String workingGroup) {
        jdbc.sql("""
                INSERT INTO board_post (working_group, dirty) VALUES (:group, 1)
                ON CONFLICT (working_group) DO UPDATE SET dirty = 1""").param("group", workingGroup).update();
    }

    void markAllDirty() {
        jdbc.sql("UPDATE board_post SET dirty = 1").update();
    }

    /** A post or an edit of this text is queued: nothing more for this working group until Telegram took it. */
    void inFlight(String workingGroup, String hash, Instant at) {
        jdbc.sql(
                        "UPDATE board_post SET dirty = 0, pending_hash = :hash, pending_since = :at WHERE working_group = :group")
                .param("hash", hash)
                .param("at", at.getEpochSecond())
                .param("group", workingGroup)
                .update();
    }

    /** Nothing to send: the message already shows this text. */
    void upToDate(String workingGroup) {
        jdbc.sql("UPDATE board_post SET dirty = 0 WHERE working_group = :group")
                .param("group", workingGroup)
                .update();
    }

    /** Telegram took the post or edit in flight (a post also tells where the message is). */
    void taken(String workingGroup, Optional<Integer> postedMessageId) {
        jdbc.sql("""
                UPDATE board_post SET shown_hash = pending_hash, pending_hash = NULL, pending_since = NULL, stuck = 0,
                    message_id = coalesce(:messageId, message_id)
                WHERE working_group = :group""")
                .param("messageId", postedMessageId.orElse(null))
                .param("group", workingGroup)
                .update();
    }

    /**
     * What was in flight never came back (refused and dropped): try again; after {@code repostAfter} such edits
     * in a row the message is taken to be gone (deleted in the channel), and the board is posted anew.
     */
    void lost(String workingGroup, int repostAfter) {
        jdbc.sql("""
                UPDATE board_post SET dirty = 1, pending_hash = NULL, pending_since = NULL, stuck = stuck + 1,
                    message_id = CASE WHEN stuck + 1 >= :repostAfter THEN NULL ELSE message_id END,
                    shown_hash = CASE WHEN stuck + 1 >= :repostAfter THEN NULL ELSE shown_hash END
                WHERE working_group = :group""")
                .param("repostAfter", repostAfter)
                .param("group", workingGroup)
                .update();
    }
}
