package org.civicrelay.telegram.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.privacy.SealedId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code outbox} table: every call the bot will make, durable until Telegram has taken it. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;
    /** JdbcClient has no batch API; the fan-out to followers needs one (see {@link #insertAll}). */
    private final NamedParameterJdbcTemplate batches;
    private final ObjectMapper json;

    OutboxRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    void insert(Lane lane, SealedId chat, String chatKey, boolean groupChat, Outbound outbound, String onSent,
            long nowMillis) {
        jdbc.sql("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, on_sent, not_before, created_at)
                VALUES (:lane, :chat, :chatKey, :groupChat, :payload, :onSent, :now, :now)""")
                .param("lane", lane.ordinal())
                .param("chat", chat.bytes())
                .param("chatKey", chatKey)
                .param("groupChat", groupChat ? 1 : 0)
                .param("payload", write(outbound))
                .param("onSent", onSent)
                .param("now", nowMillis)
                .update();
    }

    /**
     * The same call to many chats whose ids are already sealed (followers of a recommendation): one JSON
     * payload, one prepared statement run as a JDBC batch, and no decryption or re-encryption of ids. A
     * batch, not a loop of single inserts: a status change queues up to a thousand rows per round inside
     * one transaction, and the batch sends them to SQLite as one prepared statement executed per row.
     */
    void insertAll(Lane lane, List<SealedChat> chats, Outbound outbound, long nowMillis) {
        String payload = write(outbound);
        List<SqlParameterSource> rows = new ArrayList<>(chats.size());
        for (SealedChat chat : chats) {
            rows.add(new MapSqlParameterSource()
                    .addValue("lane", lane.ordinal())
                    .addValue("chat", chat.chat().bytes())
                    .addValue("chatKey", chat.chatKey())
                    .addValue("groupChat", chat.groupChat() ? 1 : 0)
                    .addValue("payload", payload)
                    .addValue("now", nowMillis));
        }
        batches.batchUpdate("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, not_before, created_at)
                VALUES (:lane, :chat, :chatKey, :groupChat, :payload, :now, :now)""",
                rows.toArray(SqlParameterSource[]::new));
    }

    /**
     * The head of each chat's queue if it is due, replies first, then cards and relayed answers, then bulk:
     * one busy chat cannot hold back the others. A chat's head is its oldest row among replies and the
     * moderators' work, else its oldest bulk or relayed row ({@link Lane#yields()}, lanes 2 and 3): within a
     * chat those leave in the order they were queued, and a flood of relayed answers cannot delay a card.
     * Bulk rows (a fan-out can queue thousands) are read in their own part, in index order, so that the query
     * stays as cheap as the index walk it always was; the rest are few.
     */
    List<OutboxRow> nextDue(long nowMillis, int limit) {
        return jdbc.sql("""
                SELECT id, lane, chat, chat_key, group_chat, payload, on_sent, attempts, created_at FROM (
                  SELECT * FROM (
                    SELECT o.*, CASE o.lane WHEN 3 THEN 1 ELSE o.lane END AS priority FROM outbox o
                    WHERE o.lane IN (0, 1, 3) AND o.not_before <= :now
                      AND o.id = (SELECT f.id FROM outbox f WHERE f.chat_key = o.chat_key ORDER BY f.lane >= 2, f.id LIMIT 1)
                    ORDER BY priority, o.id LIMIT :limit)
                  UNION ALL
                  SELECT * FROM (
                    SELECT o.*, 2 AS priority FROM outbox o
                    WHERE o.lane = 2 AND o.not_before <= :now
                      AND o.id = (SELECT f.id FROM outbox f WHERE f.chat_key = o.chat_key ORDER BY f.lane >= 2, f.id LIMIT 1)
                    ORDER BY o.id LIMIT :limit))
                ORDER BY priority, id
                LIMIT :limit""")
                .param("now", nowMillis)
                .param("limit", limit)
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), Lane.values()[rs.getInt("lane")],
                        new SealedId(rs.getBytes("chat")), rs.getString("chat_key"), rs.getInt("group_chat") == 1,
                        read(rs.getString("payload")), rs.getString("on_sent"), rs.getInt("attempts"),
                        rs.getLong("created_at")))
                .list();
    }

    /** The earliest time a row becomes due, or Long.MAX_VALUE when the outbox is empty. */
    long nextNotBefore() {
        return jdbc.sql("SELECT coalesce(min(not_before), 9223372036854775807) FROM outbox").query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM outbox WHERE id = :id").param("id", id).update();
    }

    int deleteChat(String chatKey) {
        return jdbc.sql("DELETE FROM outbox WHERE chat_key = :chatKey").param("chatKey", chatKey).update();
    }

    /** Moves the chat's waiting messages (not its edits: those stay where their message is) to another chat. */
    int readdress(String fromKey, SealedId to, String toKey, long nowMillis) {
        return jdbc.sql("""
                UPDATE outbox SET chat = :to, chat_key = :toKey, not_before = min(not_before, :now)
                WHERE chat_key = :fromKey AND json_extract(payload, '$.kind') = 'SEND'""")
                .param("to", to.bytes())
                .param("toKey", toKey)
                .param("now", nowMillis)
                .param("fromKey", fromKey)
                .update();
    }

    /** Makes the chat's waiting rows due now (the chat accepts messages again). */
    int wakeChat(String chatKey, long nowMillis) {
        return jdbc.sql("UPDATE outbox SET not_before = :now WHERE chat_key = :chatKey AND not_before > :now")
                .param("now", nowMillis)
                .param("chatKey", chatKey)
                .update();
    }

    void retryLater(long id, long notBeforeMillis) {
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, not_before = :notBefore WHERE id = :id")
                .param("notBefore", notBeforeMillis)
                .param("id", id)
                .update();
    }

    /** How many bulk and relayed rows wait for this chat (the backlog that {@link Outbox} caps). */
    int countYielding(String chatKey) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE chat_key = :chatKey AND lane >= 2")
                .param("chatKey", chatKey)
                .query(Integer.class).single();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Integer.class).single();
    }

    private String write(Outbound outbound) {
        try {
            return json.writeValueAsString(outbound);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbound message could not be written as JSON", e);
        }
    }

    private Outbound read(String payload) {
        try {
            return json.readValue(payload, Outbound.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row could not be read", e);
        }
    }
}
