package org.civicrelay.follow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code follow} table: who follows which recommendation, by sealed chat id and pseudonym. */
@Repository
class FollowerRepository {

    /** A page of followers with the row id to continue after. */
    record Batch(List<Follower> followers, long lastId) {}

    private final JdbcClient jdbc;

    FollowerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a follow's sealed chat id is stored: it opens only in that follow's row. */
    static SealedPlace chatPlace(RecommendationId id, Pseudonym chatKey) {
        return new SealedPlace("follow", "chat", id.value() + "/" + chatKey.value());
    }

    /** False when this chat already follows the recommendation. */
    /** A new follow is as silent as the chat's other follows: silence is one choice per person. */
    boolean insert(RecommendationId id, Follower follower) {
        return jdbc.sql("""
                INSERT INTO follow (recommendation, chat, chat_key, language, silent)
                VALUES (:id, :chat, :chatKey, :language,
                    (SELECT coalesce(max(silent), 0) FROM follow WHERE chat_key = :chatKey))
                ON CONFLICT (recommendation, chat_key) DO NOTHING""")
                        .param("id", id.value())
                        .param("chat", follower.chat().bytes())
                        .param("chatKey", follower.chatKey().value())
                        .param(
                                "language",
                                follower.language().map(Locale::getLanguage).orElse(null))
                        .update()
                == 1;
    }

    int setLanguage(Pseudonym chatKey, Locale language) {
        return jdbc.sql("UPDATE follow SET language = :language WHERE chat_key = :chatKey")
                .param("language", language.getLanguage())
                .param("chatKey", chatKey.value())
                .update();
    }

    int setSilent(Pseudonym chatKey, boolean silent) {
        return jdbc.sql("UPDATE follow SET silent = :silent WHERE chat_key = :chatKey")
                .param("silent", silent ? 1 : 0)
                .param("chatKey", chatKey.value())
                .update();
    }

    boolean isSilent(Pseudonym chatKey) {
        return jdbc.sql("SELECT coalesce(max(silent), 0) FROM follow WHERE chat_key = :chatKey")
                        .param("chatKey", chatKey.value())
                        .query(Integer.class)
                        .single()
                == 1;
    }

    boolean delete(RecommendationId id, Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM follow WHERE recommendation = :id AND chat_key = :chatKey")
                        .param("id", id.value())
                        .param("chatKey", chatKey.value())
                        .update()
                == 1;
    }

    int deleteAll(Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM follow WHERE chat_key = :chatKey")
                .param("chatKey", chatKey.value())
                .update();
    }

    /** Ids followed by this chat, in the order they were followed (the catalogue orders them). */
    List<RecommendationId> followed(Pseudonym chatKey) {
        return jdbc.sql("SELECT recommendation FROM follow WHERE chat_key = :chat ORDER BY id")
                .param("chat", chatKey.value())
                .query((rs, n) -> new RecommendationId(rs.getString(1)))
                .list();
    }

    Set<RecommendationId> followedAmong(Pseudonym chatKey, Collection<RecommendationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("SELECT recommendation FROM follow WHERE chat_key = :chatKey AND recommendation IN (:ids)")
                        .param("chatKey", chatKey.value())
                        .param("ids", ids.stream().map(RecommendationId::value).toList())
                        .query((rs, n) -> new RecommendationId(rs.getString(1)))
                        .list());
    }

    int count(RecommendationId id) {
        return jdbc.sql("SELECT count(*) FROM follow WHERE recommendation = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    /** Followers per recommendation id, in the order of the ids' numbers (R2 before R10). */
    Map<String, Integer> countByRecommendation() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT recommendation, count(*) AS followers FROM follow GROUP BY recommendation "
                        + "ORDER BY CAST(substr(recommendation, 2) AS INTEGER)")
                .query(rs -> {
                    counts.put(rs.getString("recommendation"), rs.getInt("followers"));
                });
        return counts;
    }

    /** Follows whose chat id was sealed before places existed: row id, recommendation, pseudonym, sealed id. */
    List<LegacyFollow> legacy(int length) {
        return jdbc.sql("SELECT id, recommendation, chat, chat_key FROM follow WHERE length(chat) = :length")
                .param("length", length)
                .query((rs, n) -> new LegacyFollow(
                        rs.getLong("id"),
                        new RecommendationId(rs.getString("recommendation")),
                        new Pseudonym(rs.getString("chat_key")),
                        rs.getBytes("chat")))
                .list();
    }

    record LegacyFollow(long id, RecommendationId recommendation, Pseudonym chatKey, byte[] sealed) {}

    void replaceChat(long rowId, SealedId chat) {
        jdbc.sql("UPDATE follow SET chat = :chat WHERE id = :id")
                .param("chat", chat.bytes())
                .param("id", rowId)
                .update();
    }

    /** Up to {@code size} followers after row {@code afterId}, in row order (index follow_by_recommendation). */
    Batch followers(RecommendationId id, long afterId, int size) {
        long[] last = {afterId};
        List<Follower> followers = jdbc.sql("""
                SELECT id, chat, chat_key, language, silent FROM follow WHERE recommendation = :id AND id > :after
                ORDER BY id LIMIT :size""")
                .param("id", id.value())
                .param("after", afterId)
                .param("size", size)
                .query((rs, n) -> {
                    last[0] = rs.getLong("id");
                    Pseudonym chatKey = new Pseudonym(rs.getString("chat_key"));
                    return new Follower(
                            new SealedId(rs.getBytes("chat"), chatPlace(id, chatKey)),
                            chatKey,
                            Optional.ofNullable(rs.getString("language")).map(Locale::forLanguageTag),
                            rs.getInt("silent") == 1);
                })
                .list();
        return new Batch(followers, last[0]);
    }
}
