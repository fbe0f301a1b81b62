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
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.TestIdentities;
import org.civicrelay.suggestion.MovableClock;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.TestSuggestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Triage, the relay's links, spam blocks and statistics against a real SQLite file and the bot's migrations. */
class TriageTest {

    private static final Pseudonym AUTHOR = new Pseudonym("author-pseudonym-0001");
    private static final Pseudonym OTHER_AUTHOR = new Pseudonym("another-pseudonym-002");
    private static final Optional<ChatAddress> REACHABLE = Optional.of(new ChatAddress(720_000_001L));
    private static final SuggestionRef NO_SUCH = new SuggestionRef("S-ZZZZZ");
    private static final Duration SPAM_BLOCK = Duration.ofDays(30);
    private static final Duration RELAY_RETENTION = Duration.ofDays(30);

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-14T10:32:45Z"));
    private final Identities identities = TestIdentities.identities();
    private final ModerationSettings settings = new ModerationSettings(
            Map.of(),
            Duration.ofDays(180),
            List.of(new DeclineReason("duplicate", new LocalizedText("Already suggested", "Уже было"))),
            SPAM_BLOCK,
            RELAY_RETENTION);
    private HikariDataSource database;
    private JdbcClient jdbc;
    private EpochKeys epochKeys;
    private TestSuggestions suggestions;
    private AuditTrail audit;
    private Triage triage;
    private List<Object> events;

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
        events = new ArrayList<>();
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
    void accepting_links_the_recommendation_says_who_and_when_and_is_audited() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Remote participation, please.", REACHABLE);

        TriageResult result = triage.accept(suggestion.ref(), "anna", "R7");

        assertThat(result).isInstanceOfSatisfying(TriageResult.Decided.class, decided -> {
            assertThat(decided.suggestion().state()).isEqualTo(SuggestionState.ACCEPTED);
            assertThat(decided.outcome().moderator()).isEqualTo("anna");
            assertThat(decided.outcome().at()).isEqualTo(clock.instant());
            assertThat(decided.outcome().recommendation())
                    .map(Recommendation::id)
                    .contains("R7");
        });
        assertThat(column(suggestion, "recommendation")).isEqualTo("R7");
        assertThat(audit.count("accept")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT moderator || ' ' || subject FROM audit_entry")
                        .query(String.class)
                        .single())
                .isEqualTo("anna " + suggestion.ref().value() + " R7");
    }

    @Test
    void of_two_decisions_only_the_first_is_taken_and_the_second_changes_nothing() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Decide me once.", REACHABLE);

        TriageResult first = triage.decline(suggestion.ref(), "anna", "duplicate");
        TriageResult second = triage.accept(suggestion.ref(), "boris", null);
        TriageResult third = triage.markSpam(suggestion.ref(), "boris");

        assertThat(first).isInstanceOf(TriageResult.Decided.class);
        assertThat(second).isEqualTo(new TriageResult.AlreadyDecided(SuggestionState.DECLINED));
        assertThat(third).isEqualTo(new TriageResult.AlreadyDecided(SuggestionState.DECLINED));
        assertThat(suggestions
                        .suggestions()
                        .find(suggestion.ref())
                        .orElseThrow()
                        .state())
                .isEqualTo(SuggestionState.DECLINED);
        assertThat(column(suggestion, "decline_reason")).isEqualTo("duplicate");
        assertThat(audit.count("accept") + audit.count("mark-spam")).isZero();
        assertThat(count("spam_block")).isZero();
    }

    @Test
    void forged_recommendations_and_reasons_change_nothing() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Forge me.", REACHABLE);

        assertThat(triage.accept(suggestion.ref(), "anna", "R999")).isInstanceOf(TriageResult.Invalid.class);
        assertThat(triage.decline(suggestion.ref(), "anna", "no-such-reason")).isInstanceOf(TriageResult.Invalid.class);
        assertThat(triage.accept(NO_SUCH, "anna", null)).isInstanceOf(TriageResult.Invalid.class);
        assertThat(suggestions
                        .suggestions()
                        .find(suggestion.ref())
                        .orElseThrow()
                        .state())
                .isEqualTo(SuggestionState.PENDING);
        assertThat(count("audit_entry")).isZero();
    }

    @Test
    void asking_for_more_keeps_the_suggestion_open_once_and_a_decision_can_follow() {
        Suggestion suggestion = suggestions.submit(AUTHOR, "media", "Tell me more.", REACHABLE);

        assertThat(triage.askMoreInfo(suggestion.ref(), "anna")).isInstanceOf(TriageResult.Decided.class);
        assertThat(triage.askMoreInfo(suggestion.ref(), "boris"))
                .isEqualTo(new TriageResult.AlreadyDecided(SuggestionState.MORE_INFO_REQUESTED));
        assertThat(column(suggestion, "author_key"))
                .as("kept until the final decision")
                .isNotNull();
        assertThat(suggestions.suggestions().awaiting(0, 10))
                .extracting(Suggestion::ref)
                .containsExactly(suggestion.ref());

        assertThat(triage.accept(suggestion.ref(), "boris", null)).isInstanceOf(TriageResult.Decided.class);
        assertThat(suggestions.suggestions().awaiting(0, 10)).isEmpty();
    }

    @Test
    void an_anonymous_author_is_asked_through_the_receipt_and_one_without_a_receipt_cannot_be_asked() {
        Suggestion withReceipt = suggestions.submit(AUTHOR, "media", "Anonymous.", Optional.empty());

        assertThat(triage.askMoreInfo(withReceipt.ref(), "anna", "Which city?"))
                .isInstanceOf(TriageResult.Decided.class);
        Suggestion asked = suggestions.suggestions().find(withReceipt.ref()).orElseThrow();
        assertThat(asked.state()).isEqualTo(SuggestionState.MORE_INFO_REQUESTED);
        assertThat(asked.question()).as("kept for the receipt's holder to read").contains("Which city?");

        Suggestion beforeReceipts = suggestions.submit(OTHER_AUTHOR, "media", "Anonymous, long ago.", Optional.empty());
        jdbc.sql("UPDATE suggestion SET receipt_hash = NULL WHERE ref = :ref")
                .param("ref", beforeReceipts.ref().value())
                .update();
        assertThat(triage.askMoreInfo(beforeReceipts.ref(), "anna", "?"))
                .isInstanceOf(TriageResult.AuthorUnreachable.class);
        assertThat(suggestions
                        .suggestions()
                        .find(beforeReceipts.ref())
                        .orElseThrow()
                        .state())
                .isEqualTo(SuggestionState.PENDING);
    }

    @Test
    void the_queue_lists_open_suggestions_oldest_first_in_pages() {
        Suggestion first = suggestions.submit(AUTHOR, "media", "First.", Optional.empty());
        Suggestion second = suggestions.submit(OTHER_AUTHOR, "media", "Second.", Optional.empty());
        Suggestion third = suggestions.submit(AUTHOR, "media", "Third.", Optional.empty());
        triage.decline(second.ref(), "anna", null);

        assertThat(suggestions.suggestions().countAwaiting()).isEqualTo(2);
        assertThat(suggestions.suggestions().awaiting(0, 1))
                .extracting(Suggestion::ref)
                .containsExactly(first.ref());
        assertThat(suggestions.suggestions().awaiting(1, 1))
                .extracting(Suggestion::ref)
                .containsExactly(third.ref());
    }

    @Test
    void every_final_decision_erases_the_author_key_and_only_a_spam_block_keeps_a_pseudonym() {
        Suggestion accepted = suggestions.submit(AUTHOR, "media", "One.", Optional.empty());
        Suggestion declined = suggestions.submit(AUTHOR, "media", "Two.", Optional.empty());
        Suggestion pending = suggestions.submit(AUTHOR, "media", "Three.", Optional.empty());
        assertThat(column(pending, "author_key"))
                .isNotNull()
                .as("not the ordinary pseudonym, which other tables use")
                .isNotEqualTo(AUTHOR.value());

        triage.accept(accepted.ref(), "anna", null);
        triage.decline(declined.ref(), "anna", null);
        assertThat(column(accepted, "author_key"))
                .as("kept while the decision can be undone")
                .isNotNull();
        clock.advance(settings.undoWindow());
        triage.releaseDue();

        assertThat(column(accepted, "author_key")).isNull();
        assertThat(column(declined, "author_key")).isNull();
        assertThat(column(pending, "author_key")).isNotNull();
        assertThat(count("spam_block")).isZero();
    }

    @Test
    void spam_blocks_the_author_at_most_until_the_window_of_the_day_it_was_sent_ends() {
        Suggestion spam = suggestions.submit(AUTHOR, "media", "Buy watches.", Optional.empty()); // 2026-11-14 10:32
        clock.advance(Duration.ofHours(3)); // a later epoch: the block still finds the author
        suggestions.flow().start(AUTHOR); // a draft in progress when the block comes

        assertThat(triage.markSpam(spam.ref(), "anna")).isInstanceOf(TriageResult.Decided.class);
        clock.advance(settings.undoWindow());
        triage.releaseDue();

        assertThat(column(spam, "author_key")).isNull();
        assertThat(jdbc.sql("SELECT author_key FROM spam_block")
                        .query(String.class)
                        .single())
                .as("the author's link under the epoch key of the day it was sent, not a lasting pseudonym")
                .isIn(epochKeys.live(AUTHOR).stream().map(Pseudonym::value).toList())
                .isNotEqualTo(AUTHOR.value());
        assertThat(jdbc.sql("SELECT until FROM spam_block").query(Long.class).single())
                .as("the 30-day block is cut to the end of the 48-hour window of 2026-11-14")
                .isEqualTo(Instant.parse("2026-11-16T00:00:00Z").getEpochSecond());
        assertThat(suggestions.flow().start(AUTHOR)).as("blocked").isEmpty();
        assertThat(suggestions.flow().current(AUTHOR)).as("the draft went too").isEmpty();
        assertThat(suggestions.flow().start(OTHER_AUTHOR)).as("others are not").isPresent();

        clock.set(Instant.parse("2026-11-15T23:59:00Z"));
        assertThat(suggestions.spamBlocks().purge(clock.instant())).isZero();
        assertThat(suggestions.flow().start(AUTHOR)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(suggestions.flow().start(AUTHOR))
                .as("the block ran out with the window")
                .isPresent();
        assertThat(suggestions.spamBlocks().purge(clock.instant())).isEqualTo(1);
    }

    @Test
    void a_spam_block_shorter_than_the_window_lasts_as_configured() {
        ModerationSettings hour =
                new ModerationSettings(Map.of(), Duration.ofDays(180), List.of(), Duration.ofHours(1), RELAY_RETENTION);
        Triage strict = new Triage(
                suggestions.suggestions(),
                mock(Catalogue.class),
                hour,
                audit,
                clock,
                new HeldOutcomeRepository(jdbc),
                events::add);
        Suggestion spam = suggestions.submit(AUTHOR, "media", "Buy watches.", REACHABLE);

        strict.markSpam(spam.ref(), "anna");

        clock.advance(Duration.ofMinutes(59));
        assertThat(suggestions.flow().start(AUTHOR)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(suggestions.flow().start(AUTHOR)).isPresent();
    }

    @Test
    void relay_links_and_moderators_threads_live_until_some_time_after_the_decision() {
        Suggestion decided = suggestions.submit(AUTHOR, "media", "Decided.", REACHABLE);
        Suggestion open = suggestions.submit(OTHER_AUTHOR, "media", "Open.", REACHABLE);
        RelayLinks links =
                new RelayLinks(new RelayMessageRepository(jdbc), settings, suggestions.suggestions(), identities);
        ModeratorThreads threads =
                new ModeratorThreads(new ModeratorMessageRepository(jdbc), settings, suggestions.suggestions());
        Pseudonym authorChat = identities.pseudonym(720_000_001L);
        Pseudonym moderatorsChat = identities.pseudonym(-1001234567890L);
        links.remember(authorChat, 41, decided.ref());
        links.remember(authorChat, 42, open.ref());
        threads.remember(moderatorsChat, 7, decided.ref(), true);
        threads.remember(moderatorsChat, 9, decided.ref(), false);

        assertThat(links.find(authorChat, 41)).contains(decided.ref());
        assertThat(links.find(identities.pseudonym(720_000_002L), 41))
                .as("another chat")
                .isEmpty();
        assertThat(threads.find(moderatorsChat, 9)).contains(decided.ref());
        assertThat(threads.card(moderatorsChat, decided.ref())).contains(7);
        assertThat(jdbc.sql("SELECT link FROM relay_message")
                        .query(String.class)
                        .list())
                .as("no pseudonym stored")
                .noneMatch(link -> link.contains(authorChat.value()));

        triage.accept(decided.ref(), "anna", null);
        clock.advance(RELAY_RETENTION.minusMinutes(1));
        assertThat(links.purge(clock.instant()) + threads.purge(clock.instant()))
                .isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(links.purge(clock.instant())).isEqualTo(1);
        assertThat(threads.purge(clock.instant())).isEqualTo(2);
        assertThat(links.find(authorChat, 41)).isEmpty();
        assertThat(links.find(authorChat, 42)).as("still open").contains(open.ref());
    }

    @Test
    void relay_keeps_messages_for_receipt_holders_refuses_other_anonymous_authors_and_audits_what_it_lets_through() {
        Suggestion reachable = suggestions.submit(AUTHOR, "media", "Reach me.", REACHABLE);
        Suggestion anonymous = suggestions.submit(OTHER_AUTHOR, "media", "Not me.", Optional.empty());
        Suggestion withoutReceipt = suggestions.submit(OTHER_AUTHOR, "media", "Not me either.", Optional.empty());
        jdbc.sql("UPDATE suggestion SET receipt_hash = NULL WHERE ref = :ref")
                .param("ref", withoutReceipt.ref().value())
                .update();
        Relay relay = new Relay(suggestions.suggestions(), audit, new RelayBudgetRepository(jdbc), settings, clock);

        assertThat(relay.moderatorWrites(reachable.ref(), "anna", "Hello")).isInstanceOf(ReplyTarget.Reachable.class);
        assertThat(relay.moderatorWrites(anonymous.ref(), "anna", "Which city?"))
                .isInstanceOf(ReplyTarget.ByReceipt.class);
        assertThat(suggestions.suggestions().find(anonymous.ref()).orElseThrow().question())
                .contains("Which city?");
        assertThat(relay.moderatorWrites(withoutReceipt.ref(), "anna", "?")).isInstanceOf(ReplyTarget.Anonymous.class);
        assertThat(relay.moderatorWrites(NO_SUCH, "anna")).isInstanceOf(ReplyTarget.Unknown.class);
        assertThat(audit.count("reply")).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void stats_count_by_state_and_working_group_and_show_followers_only_when_the_follow_module_is_there() {
        Suggestion one = suggestions.submit(AUTHOR, "media", "One.", Optional.empty());
        suggestions.submit(OTHER_AUTHOR, "media", "Two.", Optional.empty());
        triage.accept(one.ref(), "anna", null);
        ObjectProvider<FollowerCounts> none = mock(ObjectProvider.class);
        ObjectProvider<FollowerCounts> some = mock(ObjectProvider.class);
        given(some.getIfAvailable()).willReturn(() -> Map.of("R7", 3));

        Stats without = new ModerationStats(suggestions.suggestions(), none, audit).stats("anna");
        Stats with = new ModerationStats(suggestions.suggestions(), some, audit).stats("anna");

        assertThat(without.byState())
                .containsEntry(SuggestionState.PENDING, 1)
                .containsEntry(SuggestionState.ACCEPTED, 1)
                .containsEntry(SuggestionState.SPAM, 0);
        assertThat(without.byWorkingGroup()).containsExactly(Map.entry("media", 2));
        assertThat(without.followersByRecommendation()).isEmpty();
        assertThat(with.followersByRecommendation()).contains(Map.of("R7", 3));
        assertThat(audit.count("stats")).isEqualTo(2);
    }

    private String column(Suggestion suggestion, String column) {
        return jdbc.sql("SELECT " + column + " FROM suggestion WHERE ref = ?")
                .param(suggestion.ref().value())
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
