package org.civicrelay.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.LocalizedText;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.config.ModerationSettings.DeclineReason;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.TestIdentities;
import org.civicrelay.suggestion.MovableClock;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.TestSuggestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The moderators' desk in the domain, against a real SQLite file: decisions held for the undo window and
 * announced after it, undo, /reopen and /unblock (all audited), the relay's limits on authors' answers, and
 * moderators' notes.
 */
class ReversibleDecisionsTest {

    private static final Pseudonym AUTHOR = new Pseudonym("author-pseudonym-0001");
    private static final Optional<ChatAddress> REACHABLE = Optional.of(new ChatAddress(720_000_001L));
    private static final Duration UNDO = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-14T10:32:45Z"));
    private final Identities identities = TestIdentities.identities();
    private final ModerationSettings settings = new ModerationSettings(
            Map.of(),
            Duration.ofDays(180),
            List.of(new DeclineReason("duplicate", new LocalizedText("Already suggested", "Уже было"))),
            Duration.ofDays(30),
            Duration.ofDays(30),
            3,
            UNDO,
            java.time.LocalTime.of(8, 0));
    private HikariDataSource database;
    private JdbcClient jdbc;
    private EpochKeys epochKeys;
    private TestSuggestions suggestions;
    private AuditTrail audit;
    private Triage triage;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("civic-relay.db"));
        jdbc = JdbcClient.create(database);
        WorkingGroup media = new WorkingGroup(
                "media",
                new LocalizedText("Free media", null),
                List.of(new Recommendation("R7", new LocalizedText("Remote participation", null))));
        Catalogue catalogue = mock(Catalogue.class);
        given(catalogue.workingGroups()).willReturn(List.of(media));
        given(catalogue.workingGroup("media")).willReturn(Optional.of(media));
        epochKeys = TestIdentities.epochKeys(clock);
        suggestions = TestSuggestions.over(jdbc, identities, epochKeys, catalogue, clock);
        audit = new AuditTrail(new AuditEntryRepository(jdbc), clock, settings);
        triage = new Triage(
                suggestions.suggestions(),
                catalogue,
                settings,
                audit,
                clock,
                new HeldOutcomeRepository(jdbc),
                events::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_decision_is_announced_only_after_the_undo_window_with_its_details() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Link me.", REACHABLE);

        TriageResult result = triage.accept(suggestion.ref(), "anna", "R7");

        assertThat(result)
                .isInstanceOfSatisfying(
                        TriageResult.Decided.class,
                        decided -> assertThat(decided.undoUntil())
                                .contains(clock.instant().plus(UNDO)));
        assertThat(triage.releaseDue()).isZero();
        assertThat(events).isEmpty();
        clock.advance(UNDO);
        assertThat(triage.releaseDue()).isEqualTo(1);
        assertThat(events).singleElement().isInstanceOfSatisfying(OutcomeReleased.class, released -> {
            assertThat(released.suggestion().ref()).isEqualTo(suggestion.ref());
            assertThat(released.outcome().state()).isEqualTo(SuggestionState.ACCEPTED);
            assertThat(released.outcome().moderator()).isEqualTo("anna");
            assertThat(released.outcome().recommendation())
                    .map(Recommendation::id)
                    .contains("R7");
        });
        assertThat(triage.releaseDue()).as("once").isZero();
        assertThat(count("held_outcome")).isZero();
    }

    @Test
    void undo_within_the_window_leaves_nothing_for_the_author_and_the_suggestion_as_it_was() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Decline me by mistake.", REACHABLE);
        triage.decline(suggestion.ref(), "anna", "duplicate");
        clock.advance(UNDO.minusSeconds(1));

        ReversalResult undone = triage.undo(suggestion.ref(), "boris");

        assertThat(undone).isInstanceOfSatisfying(ReversalResult.Reversed.class, reversed -> {
            assertThat(reversed.suggestion().state()).isEqualTo(SuggestionState.PENDING);
            assertThat(reversed.wasState()).isEqualTo(SuggestionState.DECLINED);
            assertThat(reversed.authorWasTold()).isFalse();
        });
        clock.advance(Duration.ofMinutes(5));
        assertThat(triage.releaseDue()).isZero();
        assertThat(events).isEmpty();
        assertThat(column(suggestion, "decline_reason")).isNull();
        assertThat(column(suggestion, "triaged_at")).isNull();
        assertThat(column(suggestion, "author_key"))
                .as("still able to stop a spammer")
                .isNotNull();
        assertThat(audit.count("undo")).isEqualTo(1);
        assertThat(triage.accept(suggestion.ref(), "boris", null))
                .as("open to a new decision")
                .isInstanceOf(TriageResult.Decided.class);
    }

    @Test
    void undo_after_a_question_and_a_final_decision_returns_to_waiting_for_the_answer() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Tell me more.", REACHABLE);
        triage.askMoreInfo(suggestion.ref(), "anna");
        clock.advance(UNDO);
        triage.releaseDue();
        triage.accept(suggestion.ref(), "anna", null);

        assertThat(triage.undo(suggestion.ref(), "anna"))
                .isInstanceOfSatisfying(
                        ReversalResult.Reversed.class,
                        reversed -> assertThat(reversed.suggestion().state())
                                .isEqualTo(SuggestionState.MORE_INFO_REQUESTED));
    }

    @Test
    void undo_is_too_late_after_the_window_but_reopen_still_takes_the_decision_back() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Accepted too fast.", REACHABLE);
        triage.accept(suggestion.ref(), "anna", "R7");
        clock.advance(UNDO);
        triage.releaseDue();

        assertThat(triage.undo(suggestion.ref(), "anna"))
                .isEqualTo(new ReversalResult.TooLate(Optional.of(SuggestionState.ACCEPTED)));
        ReversalResult reopened = triage.reopen(suggestion.ref(), "boris");

        assertThat(reopened).isInstanceOfSatisfying(ReversalResult.Reversed.class, reversed -> {
            assertThat(reversed.suggestion().state()).isEqualTo(SuggestionState.PENDING);
            assertThat(reversed.authorWasTold()).isTrue();
        });
        assertThat(column(suggestion, "recommendation")).isNull();
        assertThat(suggestions.suggestions().awaiting(0, 10))
                .extracting(Suggestion::ref)
                .containsExactly(suggestion.ref());
        assertThat(triage.reopen(suggestion.ref(), "boris")).isInstanceOf(ReversalResult.NotDecided.class);
        assertThat(triage.reopen(new org.civicrelay.suggestion.SuggestionRef("S-ZZZZZ"), "boris"))
                .isInstanceOf(ReversalResult.Unknown.class);
        assertThat(jdbc.sql("SELECT moderator || ' ' || action || ' ' || subject FROM audit_entry ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "anna accept " + suggestion.ref().value() + " R7",
                        "boris reopen " + suggestion.ref().value());
    }

    @Test
    void unblock_lifts_a_spam_block_by_the_reference_and_reopen_of_spam_lifts_it_too() {
        Suggestion spam = suggestions.submit(AUTHOR, "media", "Misjudged as spam.", REACHABLE);
        triage.markSpam(spam.ref(), "anna");
        clock.advance(UNDO);
        triage.releaseDue();
        assertThat(suggestions.flow().start(AUTHOR)).as("blocked").isEmpty();
        assertThat(jdbc.sql("SELECT author_key FROM spam_mark")
                        .query(String.class)
                        .single())
                .as("the mark holds the author's link under an epoch key only, not a lasting pseudonym")
                .isIn(epochKeys.live(AUTHOR).stream().map(Pseudonym::value).toList());

        assertThat(triage.unblock(spam.ref(), "boris")).isTrue();

        assertThat(suggestions.flow().start(AUTHOR)).as("free again").isPresent();
        assertThat(suggestions.suggestions().find(spam.ref()).orElseThrow().state())
                .as("still marked")
                .isEqualTo(SuggestionState.SPAM);
        assertThat(triage.unblock(spam.ref(), "boris"))
                .as("nothing left to lift")
                .isFalse();
        assertThat(count("spam_block") + count("spam_mark")).isZero();
        assertThat(audit.count("unblock")).isEqualTo(1);

        Suggestion again = suggestions.submit(AUTHOR, "media", "Spam again?", REACHABLE);
        triage.markSpam(again.ref(), "anna");
        clock.advance(UNDO);
        triage.releaseDue();
        assertThat(triage.reopen(again.ref(), "boris")).isInstanceOf(ReversalResult.Reversed.class);
        assertThat(suggestions.flow().start(AUTHOR))
                .as("reopening the spam mark lifted its block")
                .isPresent();
        assertThat(column(again, "author_key"))
                .as("so that it can be marked once more")
                .isNotNull();
        triage.markSpam(again.ref(), "anna");
        assertThat(suggestions.flow().start(AUTHOR)).as("and blocks again").isEmpty();
    }

    @Test
    void an_undo_of_a_spam_mark_lifts_its_block_at_once() {
        Suggestion spam = suggestions.submit(AUTHOR, "media", "Mis-tap.", REACHABLE);
        triage.markSpam(spam.ref(), "anna");

        assertThat(triage.undo(spam.ref(), "anna")).isInstanceOf(ReversalResult.Reversed.class);

        assertThat(suggestions.flow().start(AUTHOR)).isPresent();
        assertThat(count("spam_block")).isZero();
    }

    @Test
    void authors_answers_go_on_only_while_open_and_at_most_so_many_an_hour() {
        Suggestion open = suggestions.submit(AUTHOR, "media", "Ask me.", REACHABLE);
        Relay relay = new Relay(suggestions.suggestions(), audit, new RelayBudgetRepository(jdbc), settings, clock);

        for (int i = 0; i < 3; i++) {
            assertThat(relay.authorAnswers(open.ref())).isInstanceOf(AnswerVerdict.Relay.class);
        }
        assertThat(relay.authorAnswers(open.ref())).isEqualTo(new AnswerVerdict.TooMany(3));
        clock.advance(Duration.ofMinutes(59));
        assertThat(relay.authorAnswers(open.ref())).isEqualTo(new AnswerVerdict.TooMany(3));
        clock.advance(Duration.ofMinutes(1));
        assertThat(relay.authorAnswers(open.ref())).as("a new hour").isInstanceOf(AnswerVerdict.Relay.class);

        triage.markSpam(open.ref(), "anna");
        assertThat(relay.authorAnswers(open.ref())).isInstanceOf(AnswerVerdict.Closed.class);
        Suggestion accepted = suggestions.submit(new Pseudonym("another-pseudonym-002"), "media", "Done.", REACHABLE);
        triage.accept(accepted.ref(), "anna", null);
        assertThat(relay.authorAnswers(accepted.ref())).isInstanceOf(AnswerVerdict.Closed.class);
        clock.advance(Duration.ofHours(2));
        assertThat(relay.purge(clock.instant())).isEqualTo(1);
    }

    @Test
    void notes_are_kept_with_the_suggestion_sent_at_most_once_and_go_with_its_text() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Discuss me.", REACHABLE);
        Notes notes = new Notes(
                new ModeratorNoteRepository(jdbc),
                suggestions.suggestions(),
                audit,
                TestSettings.bot().suggestion(),
                clock);

        Note first = notes.add(suggestion.ref(), "anna", "spam? sounds like someone from X")
                .orElseThrow();
        notes.add(suggestion.ref(), "boris", "no, a real group");

        assertThat(notes.latest(suggestion.ref(), 5))
                .extracting(Note::moderator)
                .containsExactly("anna", "boris");
        assertThat(notes.add(new org.civicrelay.suggestion.SuggestionRef("S-ZZZZZ"), "anna", "x"))
                .isEmpty();
        assertThat(notes.markSent(first.id())).isTrue();
        assertThat(notes.markSent(first.id())).as("only once").isFalse();
        assertThat(notes.find(first.id()).orElseThrow().sentAt()).isPresent();
        assertThat(audit.count("note")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT subject FROM audit_entry WHERE action = 'note'")
                        .query(String.class)
                        .list())
                .as("the audit trail keeps no note text")
                .containsOnly(suggestion.ref().value());

        triage.accept(suggestion.ref(), "anna", null);
        clock.advance(
                TestSettings.bot().suggestion().retention().suggestionText().plusDays(1));
        assertThat(notes.purge(clock.instant())).isEqualTo(2);
    }

    private String column(Suggestion suggestion, String column) {
        return jdbc.sql("SELECT " + column + " FROM suggestion WHERE ref = :ref")
                .param("ref", suggestion.ref().value())
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
