package org.civicrelay.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code suggestion} table, which only this module reads: other modules ask {@link Suggestions}.
 * Every SQL condition on a suggestion's state is written here, once.
 */
@Repository
class SuggestionRepository {

    /** SQL condition: still open to a decision, as {@link SuggestionState#isOpen()} defines it. */
    static final String OPEN = "state IN (" + quoted(SuggestionState.open()) + ")";

    /** SQL condition: the suggestion has its final decision (the start of every retention period). */
    static final String DECIDED = "state NOT IN (" + quoted(SuggestionState.open()) + ") AND triaged_at IS NOT NULL";

    private static final String COLUMNS =
            "ref, working_group, body, created_on, state, reply_to, language, receipt_hash IS NOT NULL AS has_receipt, question";

    private final JdbcClient jdbc;

    SuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a suggestion's sealed reply address is stored: it opens only in that suggestion's row. */
    static SealedPlace replyPlace(SuggestionRef ref) {
        return new SealedPlace("suggestion", "reply_to", ref.value());
    }

    /**
     * Inserts the suggestion with the author's link under the current epoch key (kept only until a decision,
     * at most the anonymity window); false when the (random) reference is already taken.
     */
    boolean insert(Suggestion suggestion, Pseudonym authorKey, Pseudonym author, Optional<String> receiptHash) {
        return jdbc.sql("""
                INSERT INTO suggestion (ref, working_group, body, created_on, state, reply_to, author_key, reply_key,
                    language, receipt_hash)
                VALUES (:ref, :group, :body, :createdOn, :state, :replyTo, :authorKey, :replyKey, :language, :receiptHash)
                ON CONFLICT (ref) DO NOTHING""")
                        .param("ref", suggestion.ref().value())
                        .param("group", suggestion.workingGroup())
                        .param("body", suggestion.text())
                        .param("createdOn", suggestion.createdOn().toString())
                        .param("state", suggestion.state().name())
                        .param(
                                "replyTo",
                                suggestion.replyTo().map(SealedId::bytes).orElse(null))
                        .param("authorKey", authorKey.value())
                        .param("replyKey", suggestion.reachable() ? author.value() : null)
                        .param(
                                "language",
                                suggestion.language().map(Locale::getLanguage).orElse(null))
                        .param("receiptHash", receiptHash.orElse(null))
                        .update()
                == 1;
    }

    /** What /check shows the holder of the receipt with this keyed hash. */
    Optional<Checked> checkByReceipt(String receiptHash) {
        return jdbc.sql("""
                SELECT ref, working_group, created_on, state, recommendation, decline_reason, question FROM suggestion
                WHERE receipt_hash = :hash""")
                .param("hash", receiptHash)
                .query((rs, row) -> new Checked(
                        new SuggestionRef(rs.getString("ref")),
                        rs.getString("working_group"),
                        LocalDate.parse(rs.getString("created_on")),
                        SuggestionState.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("recommendation")),
                        Optional.ofNullable(rs.getString("decline_reason")),
                        Optional.ofNullable(rs.getString("question"))))
                .optional();
    }

    /** The receipt's holder asked for it to go: nobody can check the suggestion any more. */
    boolean forgetReceipt(SuggestionRef ref) {
        return jdbc.sql("UPDATE suggestion SET receipt_hash = NULL WHERE ref = :ref AND receipt_hash IS NOT NULL")
                        .param("ref", ref.value())
                        .update()
                == 1;
    }

    /**
     * Withdraws an open suggestion: its text (and any question) is erased at once, its author key too, and
     * the retention clock starts as for a decision. False if it was no longer open.
     */
    boolean withdraw(SuggestionRef ref, Instant at) {
        return jdbc.sql("UPDATE suggestion SET state = :state, triaged_at = :at, body = NULL, question = NULL,"
                                + " author_key = NULL WHERE ref = :ref AND " + OPEN)
                        .param("state", SuggestionState.WITHDRAWN.name())
                        .param("at", at.getEpochSecond())
                        .param("ref", ref.value())
                        .update()
                == 1;
    }

    /** The moderators' latest question or message to the author, for /check and for the author's answers. */
    void leaveQuestion(SuggestionRef ref, String question) {
        jdbc.sql("UPDATE suggestion SET question = :question WHERE ref = :ref")
                .param("question", question)
                .param("ref", ref.value())
                .update();
    }

    /** The language in which a reachable author is written to, changed by their /language choice. */
    int speak(Pseudonym author, Locale language) {
        return jdbc.sql("UPDATE suggestion SET language = :language WHERE reply_key = :author")
                .param("language", language.getLanguage())
                .param("author", author.value())
                .update();
    }

    /** A reachable author's open suggestions that the moderators have written to, newest first. */
    List<SuggestionRef> openThreads(Pseudonym author) {
        return jdbc.sql("SELECT ref FROM suggestion WHERE reply_key = :author AND question IS NOT NULL AND " + OPEN
                        + " ORDER BY created_on DESC, rowid DESC")
                .param("author", author.value())
                .query((rs, row) -> new SuggestionRef(rs.getString("ref")))
                .list();
    }

    /** The suggestions of an author who chose to be reachable, newest first. */
    List<AuthorsSuggestion> ofReachableAuthor(Pseudonym author) {
        return jdbc.sql("""
                SELECT ref, working_group, created_on, state, recommendation FROM suggestion
                WHERE reply_key = :author ORDER BY created_on DESC, rowid DESC""")
                .param("author", author.value())
                .query((rs, row) -> new AuthorsSuggestion(
                        new SuggestionRef(rs.getString("ref")),
                        rs.getString("working_group"),
                        LocalDate.parse(rs.getString("created_on")),
                        SuggestionState.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("recommendation"))))
                .list();
    }

    /** Reply addresses sealed before places existed, by reference. */
    Map<SuggestionRef, byte[]> legacyReplyAddresses(int length) {
        Map<SuggestionRef, byte[]> legacy = new LinkedHashMap<>();
        jdbc.sql("SELECT ref, reply_to FROM suggestion WHERE length(reply_to) = :length")
                .param("length", length)
                .query(rs -> {
                    legacy.put(new SuggestionRef(rs.getString("ref")), rs.getBytes("reply_to"));
                });
        return legacy;
    }

    void replaceReplyAddress(SuggestionRef ref, SealedId sealed) {
        jdbc.sql("UPDATE suggestion SET reply_to = :replyTo WHERE ref = :ref")
                .param("replyTo", sealed.bytes())
                .param("ref", ref.value())
                .update();
    }

    /**
     * Moves the suggestion to {@code decision.state()} if, and only if, it is still in one of {@code from}:
     * one conditional UPDATE, so that of two moderators deciding at once exactly one succeeds. The author
     * key stays until the decision is announced ({@link #eraseAuthorKeyIfDecided}), so that an undo within
     * the undo window leaves the suggestion as it was; it is returned, for a spam block. Call inside a
     * transaction (the key is read just before, on the same single connection).
     */
    Optional<Settled> settle(SuggestionRef ref, Set<SuggestionState> from, Decision decision, Instant at) {
        String previousKey = authorKey(ref);
        int changed = jdbc.sql("""
                UPDATE suggestion SET state = :state, triaged_at = :at, recommendation = :recommendation,
                    decline_reason = :reason, question = coalesce(:question, question)
                WHERE ref = :ref AND state IN (:from)""")
                .param("state", decision.state().name())
                .param("at", at.getEpochSecond())
                .param("recommendation", decision.recommendation())
                .param("reason", decision.declineReason())
                .param("question", decision.question())
                .param("ref", ref.value())
                .param("from", from.stream().map(SuggestionState::name).sorted().toList())
                .update();
        return changed == 1 ? Optional.of(new Settled(previousKey)) : Optional.empty();
    }

    /** What a successful {@link #settle} saw: the author key (null if there was none). */
    record Settled(String previousAuthorKey) {}

    private String authorKey(SuggestionRef ref) {
        List<String> keys = jdbc.sql("SELECT author_key FROM suggestion WHERE ref = :ref")
                .param("ref", ref.value())
                .query((rs, row) -> rs.getString(1))
                .list();
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** Once a final decision is announced the author key goes: it was kept only to stop a spammer. */
    int eraseAuthorKeyIfDecided(SuggestionRef ref) {
        return jdbc.sql("UPDATE suggestion SET author_key = NULL WHERE ref = :ref AND " + DECIDED
                        + " AND author_key IS NOT NULL")
                .param("ref", ref.value())
                .update();
    }

    /**
     * Back to {@code to} (an open state) from any other state, forgetting the decision's details; the author
     * key comes back if it is given and none is kept. One conditional UPDATE: false if it was in {@code to}.
     */
    boolean reopen(SuggestionRef ref, SuggestionState to, String authorKey) {
        return jdbc.sql("UPDATE suggestion SET state = :to, triaged_at = NULL, recommendation = NULL,"
                                + " decline_reason = NULL, author_key = coalesce(author_key, :authorKey)"
                                + " WHERE ref = :ref AND state <> :to")
                        .param("to", to.name())
                        .param("authorKey", authorKey)
                        .param("ref", ref.value())
                        .update()
                == 1;
    }

    /** The decision taken on the suggestion (its state, linked recommendation, decline reason); empty while PENDING. */
    Optional<Decision> decision(SuggestionRef ref) {
        return jdbc.sql("SELECT state, recommendation, decline_reason FROM suggestion WHERE ref = :ref")
                .param("ref", ref.value())
                .query((rs, row) -> SuggestionState.valueOf(rs.getString("state")) == SuggestionState.PENDING
                        ? null
                        : new Decision(
                                SuggestionState.valueOf(rs.getString("state")),
                                rs.getString("recommendation"),
                                rs.getString("decline_reason")))
                .optional();
    }

    /** Suggestions awaiting a decision, oldest first (insertion order within a day). */
    List<Suggestion> awaiting(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suggestion WHERE " + OPEN
                        + " ORDER BY created_on, rowid LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(SuggestionRepository::map)
                .list();
    }

    int countAwaiting() {
        return jdbc.sql("SELECT count(*) FROM suggestion WHERE " + OPEN)
                .query(Integer.class)
                .single();
    }

    Map<String, Integer> countByState() {
        return countBy("state");
    }

    Map<String, Integer> countByWorkingGroup() {
        return countBy("working_group");
    }

    /** {@code column}: one of the two constants above, never input. */
    private Map<String, Integer> countBy(String column) {
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM suggestion WHERE ref = :ref")
                .param("ref", ref.value())
                .query(SuggestionRepository::map)
                .optional();
    }

    /** Suggestions awaiting a decision that were sent on or before {@code day}, oldest first. */
    List<Suggestion> awaitingSentBy(LocalDate day, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suggestion WHERE " + OPEN
                        + " AND created_on <= :day ORDER BY created_on, rowid LIMIT :limit")
                .param("day", day.toString())
                .param("limit", limit)
                .query(SuggestionRepository::map)
                .list();
    }

    /**
     * Accepted suggestions, of one working group or all ({@code workingGroup} null), ordered for a report:
     * by working group, then linked recommendation (unlinked last), then day and arrival.
     */
    List<AcceptedSuggestion> accepted(String workingGroup) {
        return jdbc.sql("""
                SELECT ref, working_group, created_on, body, recommendation FROM suggestion
                WHERE state = 'ACCEPTED' AND (:group IS NULL OR working_group = :group)
                ORDER BY working_group, recommendation IS NULL, CAST(substr(recommendation, 2) AS INTEGER), created_on, rowid""")
                .param("group", workingGroup)
                .query((rs, row) -> new AcceptedSuggestion(
                        new SuggestionRef(rs.getString("ref")),
                        rs.getString("working_group"),
                        LocalDate.parse(rs.getString("created_on")),
                        Optional.ofNullable(rs.getString("body")),
                        Optional.ofNullable(rs.getString("recommendation"))))
                .list();
    }

    /** Enum names as SQL string literals: they are constants, never user input. */
    private static String quoted(Set<SuggestionState> states) {
        return states.stream().map(state -> "'" + state.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static Suggestion map(ResultSet rs, int row) throws SQLException {
        byte[] replyTo = rs.getBytes("reply_to");
        SuggestionRef ref = new SuggestionRef(rs.getString("ref"));
        return new Suggestion(
                ref,
                rs.getString("working_group"),
                rs.getString("body"),
                LocalDate.parse(rs.getString("created_on")),
                SuggestionState.valueOf(rs.getString("state")),
                Optional.ofNullable(replyTo).map(bytes -> new SealedId(bytes, replyPlace(ref))),
                Optional.ofNullable(rs.getString("language")).map(Locale::forLanguageTag),
                rs.getInt("has_receipt") == 1,
                Optional.ofNullable(rs.getString("question")));
    }
}
