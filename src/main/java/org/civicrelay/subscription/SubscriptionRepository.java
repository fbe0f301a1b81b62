package org.civicrelay.subscription;

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
class SubscriptionRepository {

    /** A page of followers with the row id to continue after. */
    record Batch(List<Subscriber> subscribers, long lastId) {
    }

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this chat already follows the recommendation. */
    boolean insert(RecommendationId id, Subscriber subscriber) {
        return jdbc.sql("""
                INSERT INTO subscription (recommendation, chat, chat_key) VALUES (?, ?, ?)
                ON CONFLICT (recommendation, chat_key) DO NOTHING""")
                .params(id.value(), subscriber.chat().bytes(), subscriber.chatKey().value())
                .update() == 1;
    }

    boolean delete(RecommendationId id, Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM subscription WHERE recommendation = ? AND chat_key = ?")
                .params(id.value(), chatKey.value()).update() == 1;
    }

    int deleteAll(Pseudonym chatKey) {
        return jdbc.sql("DELETE FROM subscription WHERE chat_key = ?").param(chatKey.value()).update();
    }

    /** Ids followed by this chat, in catalogue order. */
    List<RecommendationId> followed(Pseudonym chatKey) {
        return jdbc.sql("""
                SELECT s.recommendation FROM subscription s JOIN recommendation r ON r.id = s.recommendation
                WHERE s.chat_key = ? ORDER BY r.retired, r.position""")
                .param(chatKey.value())
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
        return Set.copyOf(jdbc.sql("SELECT recommendation FROM subscription WHERE chat_key = ? AND recommendation IN ("
                        + marks + ")")
                .params(params)
                .query((rs, n) -> new RecommendationId(rs.getString(1))).list());
    }

    int count(RecommendationId id) {
        return jdbc.sql("SELECT count(*) FROM subscription WHERE recommendation = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Up to {@code size} followers after row {@code afterId}, in row order (index subscription_by_recommendation). */
    Batch followers(RecommendationId id, long afterId, int size) {
        long[] last = {afterId};
        List<Subscriber> subscribers = jdbc.sql("""
                SELECT id, chat, chat_key FROM subscription WHERE recommendation = ? AND id > ? ORDER BY id LIMIT ?""")
                .params(id.value(), afterId, size)
                .query((rs, n) -> {
                    last[0] = rs.getLong("id");
                    return new Subscriber(new SealedId(rs.getBytes("chat")), new Pseudonym(rs.getString("chat_key")));
                })
                .list();
        return new Batch(subscribers, last[0]);
    }
}
