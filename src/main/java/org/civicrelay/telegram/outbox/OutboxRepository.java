package org.civicrelay.telegram.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.privacy.SealedId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ObjectMapper json;

    OutboxRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    void insert(Lane lane, SealedId chat, String chatKey, boolean groupChat, Outbound outbound, String onSent,
            long nowMillis) {
        jdbc.sql("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, on_sent, not_before, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lane.ordinal(), chat.bytes(), chatKey, groupChat ? 1 : 0, write(outbound), onSent, nowMillis,
                        nowMillis)
                .update();
    }

    /**
     * The same call to many chats whose ids are already sealed (followers of a recommendation): one JSON
     * payload, one prepared statement run as a JDBC batch, and no decryption or re-encryption of ids.
     */
    void insertAll(Lane lane, List<SealedChat> chats, Outbound outbound, long nowMillis) {
        String payload = write(outbound);
        List<Object[]> rows = new ArrayList<>(chats.size());
        for (SealedChat chat : chats) {
            rows.add(new Object[] {lane.ordinal(), chat.chat().bytes(), chat.chatKey(), chat.groupChat() ? 1 : 0,
                    payload, nowMillis, nowMillis});
        }
        batches.batchUpdate("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, not_before, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * The oldest due row of each chat, replies first: a chat's messages leave in the order they were
     * queued, and one busy chat cannot hold back the others.
     */
    List<OutboxRow> nextDue(long nowMillis, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.lane, o.chat, o.chat_key, o.group_chat, o.payload, o.on_sent, o.attempts, o.created_at
                FROM outbox o
                WHERE o.not_before <= ?
                  AND o.id = (SELECT min(f.id) FROM outbox f WHERE f.chat_key = o.chat_key)
                ORDER BY o.lane, o.id
                LIMIT ?""")
                .params(nowMillis, limit)
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
        jdbc.sql("DELETE FROM outbox WHERE id = ?").param(id).update();
    }

    int deleteChat(String chatKey) {
        return jdbc.sql("DELETE FROM outbox WHERE chat_key = ?").param(chatKey).update();
    }

    /** Moves the chat's waiting messages (not its edits: those stay where their message is) to another chat. */
    int readdress(String fromKey, SealedId to, String toKey, long nowMillis) {
        return jdbc.sql("""
                UPDATE outbox SET chat = ?, chat_key = ?, not_before = min(not_before, ?)
                WHERE chat_key = ? AND json_extract(payload, '$.kind') = 'SEND'""")
                .params(to.bytes(), toKey, nowMillis, fromKey)
                .update();
    }

    /** Makes the chat's waiting rows due now (the chat accepts messages again). */
    int wakeChat(String chatKey, long nowMillis) {
        return jdbc.sql("UPDATE outbox SET not_before = ? WHERE chat_key = ? AND not_before > ?")
                .params(nowMillis, chatKey, nowMillis).update();
    }

    void retryLater(long id, long notBeforeMillis) {
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, not_before = ? WHERE id = ?").params(notBeforeMillis, id).update();
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
