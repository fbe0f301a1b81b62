package org.civicrelay.follow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowerRepository {

    /** A page of followers with the row id to continue after. */
    record Batch(List<Follower> followers, long lastId) {
    }

    private final JdbcClient jdbc;

    FollowerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this chat already follows the recommendation. */
    boolean insert(RecommendationId id, Follower follower) {
        return jdbc.sql("""
                INSERT INTO follow (recommendation, chat, chat_key) VALUES (?, ?, ?)
                ON CONFLICT (recommendation, chat_key) DO NOTHING""")
                .params(id.value(), follower.chat().bytes(), follower.chatKey().value())
                .update() == 1;
    }

    boolean delete(RecommendationId id, Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM follow WHERE recommendation = ? AND chat_key = ?")
                .params(id.value(), chatKey.value()).update() == 1;
    }

    int deleteAll(Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM follow WHERE chat_key = ?").param(chatKey.value()).update();
    }

    /** Ids followed by this chat, in the order they were followed (the catalogue orders them). */
    List<RecommendationId> followed(Pseudonym chatKey) {
        return jdbc.sql("SELECT recommendation FROM follow WHERE chat_key = :chat ORDER BY id")
                .param("chat", chatKey.value())
                .query((rs, n) -> new RecommendationId(rs.getString(1))).list();
    }

    Set<RecommendationId> followedAmong(Pseudonym chatKey, Collection<RecommendationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        params.add(chatKey.value());
        ids.forEach(id -> params.add(id.value()));
        return Set.copyOf(jdbc.sql("SELECT recommendation FROM follow WHERE chat_key = ? AND recommendation IN ("
                        + marks + ")")
                .params(params)
                .query((rs, n) -> new RecommendationId(rs.getString(1))).list());
    }

    int count(RecommendationId id) {
        return jdbc.sql("SELECT count(*) FROM follow WHERE recommendation = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Up to {@code size} followers after row {@code afterId}, in row order (index subscription_by_recommendation). */
    Batch followers(RecommendationId id, long afterId, int size) {
        long[] last = {afterId};
        List<Follower> followers = jdbc.sql("""
                SELECT id, chat, chat_key FROM follow WHERE recommendation = ? AND id > ? ORDER BY id LIMIT ?""")
                .params(id.value(), afterId, size)
                .query((rs, n) -> {
                    last[0] = rs.getLong("id");
                    return new Follower(new SealedId(rs.getBytes("chat")), new Pseudonym(rs.getString("chat_key")));
                })
                .list();
        return new Batch(followers, last[0]);
    }
}
