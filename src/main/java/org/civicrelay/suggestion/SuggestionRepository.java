package org.civicrelay.suggestion;

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
class SuggestionRepository {

    /** SQL condition: still open to a decision, as {@link SuggestionState#isOpen()} defines it. */
    static final String OPEN = "state IN (" + quoted(SuggestionState.open()) + ")";

    /** SQL condition: the suggestion has its final decision (the start of every retention period). */
    static final String DECIDED = "state NOT IN (" + quoted(SuggestionState.open()) + ") AND triaged_at IS NOT NULL";

    private final JdbcClient jdbc;

    SuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the suggestion with the author's spam key (kept only until a decision); false when the
     * (random) reference is already taken.
     */
    boolean insert(Suggestion suggestion, Pseudonym authorKey, Pseudonym author) {
        return jdbc.sql("""
                INSERT INTO suggestion (ref, working_group, body, created_on, state, reply_to, author_key, reply_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ref) DO NOTHING""")
                .params(suggestion.ref().value(), suggestion.workingGroup(), suggestion.text(),
                        suggestion.createdOn().toString(), suggestion.state().name(),
                        suggestion.replyTo().map(SealedId::bytes).orElse(null), authorKey.value(),
                        suggestion.reachable() ? author.value() : null)
                .update() == 1;
    }

    /** The suggestions of an author who chose to be reachable, newest first. */
    List<AuthorsSuggestion> ofReachableAuthor(Pseudonym author) {
        return jdbc.sql("""
                SELECT ref, working_group, created_on, state, recommendation FROM suggestion
                WHERE reply_key = ? ORDER BY created_on DESC, rowid DESC""")
                .param(author.value())
                .query((rs, row) -> new AuthorsSuggestion(new SuggestionRef(rs.getString("ref")), rs.getString("working_group"),
                        LocalDate.parse(rs.getString("created_on")), SuggestionState.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("recommendation"))))
                .list();
    }

    /** Erases the reply address (and with it the link to the author) of the author's suggestions. */
    int forgetReachableAuthor(Pseudonym author, boolean alsoText) {
        return jdbc.sql("UPDATE suggestion SET reply_to = NULL, reply_key = NULL"
                        + (alsoText ? ", body = NULL" : "") + " WHERE reply_key = ?")
                .param(author.value())
                .update();
    }

    /**
     * Moves the suggestion to {@code decision.state()} if, and only if, it is still in one of {@code from}:
     * one conditional UPDATE, so that of two moderators deciding at once exactly one succeeds. A final
     * decision also erases the author key; the key as it was is returned, for a spam block. Call inside a
     * transaction (the key is read just before, on the same single connection).
     */
    Optional<Settled> settle(SuggestionRef ref, Set<SuggestionState> from, Decision decision, Instant at) {
        List<String> keys = jdbc.sql("SELECT author_key FROM suggestion WHERE ref = ?").param(ref.value())
                .query((rs, row) -> rs.getString(1)).list();
        String previousKey = keys.isEmpty() ? null : keys.get(0);
        String states = from.stream().map(state -> "'" + state.name() + "'").sorted().collect(Collectors.joining(","));
        int changed = jdbc.sql("""
                UPDATE suggestion SET state = ?, triaged_at = ?, recommendation = ?, decline_reason = ?,
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

    /** Suggestions awaiting a decision, oldest first (insertion order within a day). */
    List<Suggestion> awaiting(int offset, int limit) {
        return jdbc.sql("SELECT ref, working_group, body, created_on, state, reply_to FROM suggestion WHERE " + OPEN
                        + " ORDER BY created_on, rowid LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(SuggestionRepository::map)
                .list();
    }

    int countAwaiting() {
        return jdbc.sql("SELECT count(*) FROM suggestion WHERE " + OPEN)
                .query(Integer.class).single();
    }

    Map<String, Integer> countBy(String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS k, count(*) AS n FROM suggestion GROUP BY " + column + " ORDER BY " + column)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getInt("n"));
                });
        return counts;
    }

    /** References of suggestions whose final decision was taken before {@code cutoff}. */
    List<SuggestionRef> decidedBefore(Instant cutoff) {
        return jdbc.sql("SELECT ref FROM suggestion WHERE " + DECIDED + " AND triaged_at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .query((rs, row) -> new SuggestionRef(rs.getString("ref")))
                .list();
    }

    Optional<Suggestion> find(SuggestionRef ref) {
        return jdbc.sql("SELECT ref, working_group, body, created_on, state, reply_to FROM suggestion WHERE ref = ?")
                .param(ref.value())
                .query(SuggestionRepository::map)
                .optional();
    }

    /** Enum names as SQL string literals: they are constants, never user input. */
    private static String quoted(Set<SuggestionState> states) {
        return states.stream().map(state -> "'" + state.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static Suggestion map(ResultSet rs, int row) throws SQLException {
        byte[] replyTo = rs.getBytes("reply_to");
        return new Suggestion(new SuggestionRef(rs.getString("ref")), rs.getString("working_group"), rs.getString("body"),
                LocalDate.parse(rs.getString("created_on")), SuggestionState.valueOf(rs.getString("state")),
                Optional.ofNullable(replyTo).map(SealedId::new));
    }
}
