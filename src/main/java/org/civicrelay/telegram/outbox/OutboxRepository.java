package org.civicrelay.telegram.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox} table: every call the bot will make, durable until Telegram has taken it, and deleted
 * as soon as it has. Both the chat id and the payload (which can quote a suggestion) are sealed with the
 * data key, bound to the row's chat: a payload cannot be sent to another chat. The call's kind stays
 * readable, for re-addressing the moderators' group after a move.
 */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;
    /** JdbcClient has no batch API; the fan-out to followers needs one (see {@link #insertAll}). */
    private final NamedParameterJdbcTemplate batches;

    private final Identities identities;
    private final ObjectMapper json;

    OutboxRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches, Identities identities) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.identities = identities;
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * A row's sealed chat id is bound to the row's chat pseudonym: a row has no id before it is written,
     * and the chat is what matters (a sealed id or payload moved to another chat's row does not open).
     */
    static SealedPlace chatPlace(String chatKey) {
        return new SealedPlace("outbox", "chat", chatKey);
    }

    static SealedPlace payloadPlace(String chatKey) {
        return new SealedPlace("outbox", "payload", chatKey);
    }

    /** {@code heldUntilMillis}: not sent before then, and until then not in the way of the chat's other rows. */
    void insert(
            Lane lane,
            long chatId,
            String chatKey,
            boolean groupChat,
            Outbound outbound,
            String onSent,
            long nowMillis,
            long heldUntilMillis) {
        jdbc.sql("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, kind, payload, on_sent, not_before, held_until, created_at)
                VALUES (:lane, :chat, :chatKey, :groupChat, :kind, :payload, :onSent, :now, :heldUntil, :now)""")
                .param("lane", lane.ordinal())
                .param("chat", identities.seal(chatId, chatPlace(chatKey)).bytes())
                .param("chatKey", chatKey)
                .param("groupChat", groupChat ? 1 : 0)
                .param("kind", outbound.kind().name())
                .param("payload", seal(outbound, chatKey))
                .param("onSent", onSent)
                .param("now", nowMillis)
                .param("heldUntil", heldUntilMillis)
                .update();
    }

    /**
     * The same call to many chats whose ids are stored sealed elsewhere (followers of a recommendation):
     * each id is opened from its place and sealed again for its outbox row, with the payload sealed for
     * that row too (microseconds each), and the rows go in as one prepared statement run as a JDBC batch:
     * a status change queues up to a thousand rows per round inside one transaction.
     */
    void insertAll(Lane lane, List<SealedChat> chats, Outbound outbound, long nowMillis) {
        byte[] payload = write(outbound);
        List<SqlParameterSource> rows = new ArrayList<>(chats.size());
        for (SealedChat chat : chats) {
            rows.add(new MapSqlParameterSource()
                    .addValue("lane", lane.ordinal())
                    .addValue(
                            "chat",
                            identities
                                    .seal(identities.open(chat.chat()), chatPlace(chat.chatKey()))
                                    .bytes())
                    .addValue("chatKey", chat.chatKey())
                    .addValue("groupChat", chat.groupChat() ? 1 : 0)
                    .addValue("kind", outbound.kind().name())
                    .addValue("payload", identities.seal(payload, payloadPlace(chat.chatKey())))
                    .addValue("now", nowMillis));
        }
        batches.batchUpdate("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, kind, payload, not_before, created_at)
                VALUES (:lane, :chat, :chatKey, :groupChat, :kind, :payload, :now, :now)""", rows.toArray(SqlParameterSource[]::new));
    }

    /**
     * The head of each chat's queue if it is due, replies first, then cards and relayed answers, then bulk:
     * one busy chat cannot hold back the others. A chat's head is its oldest row among replies and the
     * moderators' work, else its oldest bulk or relayed row ({@link Lane#yields()}, lanes 2 and 3): within a
     * chat those leave in the order they were queued, and a flood of relayed answers cannot delay a card.
     * A held row (a card or an answer waiting out its random delay) takes its place in the chat's queue only
     * once its hold ends, so that it holds up nothing meanwhile. Bulk rows (a fan-out can queue thousands)
     * are read in their own part, in index order, so that the query stays as cheap as the index walk it
     * always was; the rest are few.
     */
    List<OutboxRow> nextDue(long nowMillis, int limit) {
        return jdbc.sql("""
                SELECT id, lane, chat, chat_key, group_chat, payload, on_sent, attempts, created_at FROM (
                  SELECT * FROM (
                    SELECT o.*, CASE o.lane WHEN 3 THEN 1 ELSE o.lane END AS priority FROM outbox o
                    WHERE o.lane IN (0, 1, 3) AND o.not_before <= :now AND o.held_until <= :now
                      AND o.id = (SELECT f.id FROM outbox f WHERE f.chat_key = o.chat_key AND f.held_until <= :now
                                  ORDER BY f.lane >= 2, f.id LIMIT 1)
                    ORDER BY priority, o.id LIMIT :limit)
                  UNION ALL
                  SELECT * FROM (
                    SELECT o.*, 2 AS priority FROM outbox o
                    WHERE o.lane = 2 AND o.not_before <= :now AND o.held_until <= :now
                      AND o.id = (SELECT f.id FROM outbox f WHERE f.chat_key = o.chat_key AND f.held_until <= :now
                                  ORDER BY f.lane >= 2, f.id LIMIT 1)
                    ORDER BY o.id LIMIT :limit))
                ORDER BY priority, id
                LIMIT :limit""")
                .param("now", nowMillis)
                .param("limit", limit)
                .query((rs, n) -> {
                    String chatKey = rs.getString("chat_key");
                    return new OutboxRow(
                            rs.getLong("id"),
                            Lane.values()[rs.getInt("lane")],
                            new SealedId(rs.getBytes("chat"), chatPlace(chatKey)),
                            chatKey,
                            rs.getInt("group_chat") == 1,
                            read(identities.open(rs.getBytes("payload"), payloadPlace(chatKey))),
                            rs.getString("on_sent"),
                            rs.getInt("attempts"),
                            rs.getLong("created_at"));
                })
                .list();
    }

    /** The earliest time a row becomes due, or Long.MAX_VALUE when the outbox is empty. */
    long nextNotBefore() {
        return jdbc.sql("SELECT coalesce(min(max(not_before, held_until)), 9223372036854775807) FROM outbox")
                .query(Long.class)
                .single();
    }

    /** False when the row was no longer there (erased meanwhile, e.g. by /forget). */
    boolean delete(long id) {
        return jdbc.sql("DELETE FROM outbox WHERE id = :id").param("id", id).update() == 1;
    }

    /** Deletes every row queued before {@code cutoffMillis}, sent or not: nothing waits longer. */
    int deleteCreatedBefore(long cutoffMillis) {
        return jdbc.sql("DELETE FROM outbox WHERE created_at < :cutoff")
                .param("cutoff", cutoffMillis)
                .update();
    }

    int deleteChat(String chatKey) {
        return jdbc.sql("DELETE FROM outbox WHERE chat_key = :chatKey")
                .param("chatKey", chatKey)
                .update();
    }

    /**
     * Moves the chat's waiting messages (not its edits: those stay where their message is) to another chat,
     * sealing each one's chat id and payload again for the new chat's rows.
     */
    int readdress(String fromKey, long toChat, String toKey, long nowMillis) {
        List<Long> ids = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        jdbc.sql("SELECT id, payload FROM outbox WHERE chat_key = :fromKey AND kind = 'SEND' ORDER BY id")
                .param("fromKey", fromKey)
                .query(rs -> {
                    ids.add(rs.getLong("id"));
                    payloads.add(rs.getBytes("payload"));
                });
        for (int i = 0; i < ids.size(); i++) {
            byte[] payload = identities.open(payloads.get(i), payloadPlace(fromKey));
            jdbc.sql("""
                    UPDATE outbox SET chat = :to, chat_key = :toKey, payload = :payload, not_before = min(not_before, :now)
                    WHERE id = :id""")
                    .param("to", identities.seal(toChat, chatPlace(toKey)).bytes())
                    .param("toKey", toKey)
                    .param("payload", identities.seal(payload, payloadPlace(toKey)))
                    .param("now", nowMillis)
                    .param("id", ids.get(i))
                    .update();
        }
        return ids.size();
    }

    /**
     * Seals again what a database from before places holds: chat ids sealed in the old format and payloads
     * stored as plain JSON. Returns how many rows changed.
     */
    int resealLegacy() {
        List<LegacyRow> legacy = jdbc.sql("""
                SELECT id, chat, chat_key, payload FROM outbox
                WHERE length(chat) = :legacyLength OR typeof(payload) = 'text'""")
                .param("legacyLength", Identities.LEGACY_SEALED_LENGTH)
                .query((rs, n) -> new LegacyRow(
                        rs.getLong("id"), rs.getBytes("chat"), rs.getString("chat_key"), rs.getObject("payload")))
                .list();
        for (LegacyRow row : legacy) {
            byte[] chat = Identities.isLegacy(row.chat())
                    ? identities
                            .seal(identities.openLegacy(row.chat()), chatPlace(row.chatKey()))
                            .bytes()
                    : row.chat();
            byte[] payload = row.payload() instanceof String json
                    ? identities.seal(json.getBytes(StandardCharsets.UTF_8), payloadPlace(row.chatKey()))
                    : (byte[]) row.payload();
            jdbc.sql("UPDATE outbox SET chat = :chat, payload = :payload WHERE id = :id")
                    .param("chat", chat)
                    .param("payload", payload)
                    .param("id", row.id())
                    .update();
        }
        return legacy.size();
    }

    /** A row as a database from before places holds it: the payload is JSON text, or already a sealed blob. */
    private record LegacyRow(long id, byte[] chat, String chatKey, Object payload) {}

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
                .query(Integer.class)
                .single();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Integer.class).single();
    }

    private byte[] seal(Outbound outbound, String chatKey) {
        return identities.seal(write(outbound), payloadPlace(chatKey));
    }

    private byte[] write(Outbound outbound) {
        try {
            return json.writeValueAsBytes(outbound);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbound message could not be written as JSON", e);
        }
    }

    private Outbound read(byte[] payload) {
        try {
            return json.readValue(payload, Outbound.class);
        } catch (IOException e) {
            throw new IllegalStateException("an outbox row could not be read", e);
        }
    }
}
