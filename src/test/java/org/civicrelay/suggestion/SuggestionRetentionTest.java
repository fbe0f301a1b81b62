package org.civicrelay.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicrelay.catalogue.TestCatalogue;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.Bytes;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.TestIdentities;
import org.civicrelay.privacy.TestRetentionJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge of decided suggestions, as a cleaning job: against a real SQLite file opened as the bot opens it
 * (WAL, secure_delete), the clock moved past each period, and then the bytes of the database, -wal and -shm
 * files searched for the old text, as someone who seized the disk would.
 */
class SuggestionRetentionTest {

    private static final Pseudonym AUTHOR = new Pseudonym("author-pseudonym-0001");
    private static final Optional<ChatAddress> REACHABLE = Optional.of(new ChatAddress(720_000_006L));
    /** The anonymity window: an author key goes this long after the start of the day its suggestion was sent. */
    private static final Duration WINDOW = Duration.ofHours(48);

    private static final Duration RELAY = Duration.ofDays(30);
    private static final Duration TEXT = Duration.ofDays(90);
    private static final Duration ROW = Duration.ofDays(365);
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(START);
    private HikariDataSource database;
    private JdbcClient jdbc;
    private TestSuggestions flow;
    private SuggestionRetention retention;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(dbFile());
        jdbc = JdbcClient.create(database);
        EpochKeys epochKeys = TestIdentities.epochKeys(clock, WINDOW, Duration.ofHours(1));
        flow = TestSuggestions.over(
                jdbc, TestIdentities.identities(), epochKeys, TestCatalogue.twoWorkingGroups(), clock);
        // Undecided suggestions wait longer than this test's clock moves: their own purge is tested below.
        retention = new SuggestionRetention(
                new SuggestionErasureRepository(jdbc),
                new SpamBlocks(new SpamBlockRepository(jdbc), epochKeys, clock),
                TestSettings.bot()
                        .suggestionRetention(TEXT, ROW)
                        .undecidedRetention(Duration.ofDays(2_000))
                        .suggestion(),
                new ModerationSettings(Map.of(), Duration.ofDays(180), List.of(), Duration.ofDays(30), RELAY));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void after_the_period_the_text_is_gone_from_the_database_wal_and_shm_files() throws IOException {
        // Long enough (in two-byte Cyrillic) to spill into overflow pages, which are freed rather than edited.
        String longExpired = "Встреча у старой мельницы, пароль Ялмар-5523. ".repeat(55);
        Suggestion expired = submit("Quokka-orchard-4471 meets at the north gate", REACHABLE);
        Suggestion expiredLong = submit(longExpired, Optional.empty());
        Suggestion pending = submit("Pelican-harbour-8812 stays until decided", REACHABLE);
        decide(expired, Decision.accept(null));
        decide(expiredLong, Decision.decline(null));
        clock.advance(TEXT.minusDays(10));
        Suggestion recent = submit("Marmot-valley-3306 decided recently", Optional.empty());
        decide(recent, Decision.decline(null));
        clock.advance(Duration.ofDays(10).plusSeconds(1));

        TestRetentionJob.runOnce(List.of(retention), jdbc, clock);

        assertThat(body(expired)).isNull();
        assertThat(body(expiredLong)).isNull();
        assertThat(body(pending)).as("still awaiting a decision").isNotNull();
        assertThat(body(recent)).as("decided less than the period ago").isNotNull();
        assertThat(state(expired)).as("the outcome stays for /stats").isEqualTo("ACCEPTED");
        assertThat(walFile())
                .as("the job empties the WAL, where old page images would survive")
                .isEmptyFile();
        String files = String.join(", ", filesWritten());
        assertThat(contains("Quokka-orchard-4471"))
                .as("expired text in " + files)
                .isFalse();
        assertThat(contains("Ялмар-5523")).as("expired long text in " + files).isFalse();
        assertThat(contains("Pelican-harbour-8812"))
                .as("control: a pending text is in the file, so the search works")
                .isTrue();
        assertThat(contains("Marmot-valley-3306"))
                .as("control: a recent text is in the file")
                .isTrue();
    }

    @Test
    void the_way_back_to_the_author_goes_first_then_the_text_then_the_row_with_its_links() {
        Suggestion suggestion = submit("Heron-bridge-6120 reachable author", REACHABLE);
        decide(suggestion, Decision.decline(null));
        jdbc.sql(
                        "INSERT INTO moderator_message (chat_key, message_id, ref, card) VALUES ('moderators-chat-key-01', 7, ?, 1)")
                .param(suggestion.ref().value())
                .update();
        assertThat(column(suggestion, "reply_key"))
                .as("kept for a reachable author, for /forget")
                .isNotNull();

        clock.advance(RELAY.plusSeconds(1));
        assertThat(retention.purge(clock.instant())).isEqualTo(1);
        assertThat(column(suggestion, "reply_to")).isNull();
        assertThat(column(suggestion, "reply_key")).isNull();
        assertThat(column(suggestion, "author_key")).isNull();
        assertThat(body(suggestion)).isEqualTo("Heron-bridge-6120 reachable author");

        clock.advance(TEXT.minus(RELAY));
        assertThat(retention.purge(clock.instant())).isEqualTo(1);
        assertThat(body(suggestion)).isNull();
        assertThat(count("suggestion")).isEqualTo(1);

        clock.advance(ROW.minus(TEXT));
        assertThat(retention.purge(clock.instant())).isEqualTo(1);
        assertThat(count("suggestion")).isZero();
        assertThat(count("moderator_message")).as("links to the row go with it").isZero();
        assertThat(retention.purge(clock.instant())).as("nothing left to do").isZero();
    }

    @Test
    void rows_within_their_periods_are_untouched_but_for_author_keys_past_the_window() {
        Suggestion decided = submit("Ibis-meadow-2087 decided", REACHABLE);
        decide(decided, Decision.accept(null));
        submit("Lynx-ridge-5549 pending", REACHABLE);
        Suggestion askedForMore = submit("Otter-creek-9930 asked for more", REACHABLE);
        decide(askedForMore, Decision.askMoreInfo());
        clock.advance(WINDOW);
        assertThat(retention.purge(clock.instant()))
                .as(
                        "the three author keys still kept (a decided one's goes when the decision is announced, not run here)")
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM suggestion WHERE author_key IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
        List<Map<String, Object>> before = snapshot();

        clock.advance(RELAY.minus(WINDOW));
        assertThat(retention.purge(clock.instant()))
                .as("exactly at the end of the relay period")
                .isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void suggestions_awaiting_a_decision_keep_their_text_and_reply_address_however_old_but_no_author_key() {
        submit("Gecko-terrace-1175 pending", REACHABLE);
        Suggestion askedForMore = submit("Tapir-canyon-7741 asked for more", REACHABLE);
        decide(askedForMore, Decision.askMoreInfo());
        List<Map<String, Object>> before = withoutAuthorKeys(snapshot());

        clock.advance(ROW.multipliedBy(3));

        assertThat(retention.purge(clock.instant())).as("the author keys").isEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(retention.purge(clock.instant())).isZero();
    }

    @Test
    void an_author_key_goes_once_the_window_has_passed_since_the_start_of_the_day_it_was_sent() {
        Suggestion anonymous = submit("Bittern-marsh-4410 anonymous", Optional.empty()); // 2026-01-05 09:00
        assertThat(column(anonymous, "author_key")).isNotNull();

        clock.advance(Duration.ofHours(38).plusMinutes(59)); // 2026-01-06 23:59, 47 h 59 min after the day began
        assertThat(retention.purge(clock.instant())).isZero();
        assertThat(column(anonymous, "author_key")).isNotNull();

        clock.advance(Duration.ofMinutes(1)); // the window of the day has passed: 39 h after it was sent
        assertThat(retention.purge(clock.instant())).isEqualTo(1);
        assertThat(column(anonymous, "author_key")).isNull();
        assertThat(body(anonymous))
                .as("the suggestion itself stays, awaiting its decision")
                .isNotNull();
    }

    @Test
    void forget_erases_the_author_key_of_the_persons_pending_suggestions_anonymous_ones_included() {
        Suggestion anonymous = submit("Crane-field-8823 anonymous", Optional.empty());
        clock.advance(Duration.ofHours(5)); // another epoch: found under every live key
        Suggestion other =
                flow.submit(new Pseudonym("someone-else-pseudonym-9"), "media", "Not theirs", Optional.empty());

        assertThat(flow.suggestions().forgetAuthorKeys(AUTHOR, false)).isEqualTo(1);

        assertThat(column(anonymous, "author_key")).isNull();
        assertThat(body(anonymous)).as("the text stays unless asked").isNotNull();
        assertThat(column(other, "author_key")).isNotNull();
    }

    @Test
    void forget_with_text_erases_the_text_of_the_persons_pending_anonymous_suggestions_too() {
        Suggestion anonymous = submit("Curlew-dune-6604 anonymous", Optional.empty());

        assertThat(flow.suggestions().forgetAuthorKeys(AUTHOR, true)).isEqualTo(1);

        assertThat(column(anonymous, "author_key")).isNull();
        assertThat(body(anonymous)).isNull();
        assertThat(state(anonymous))
                .as("the suggestion stays, for the moderators' counts")
                .isEqualTo("PENDING");
    }

    @Test
    void an_undecided_suggestion_is_flagged_after_the_setting_and_deleted_a_week_later_with_its_links() {
        Suggestion old = submit("Undecided for too long", REACHABLE);
        Suggestion asked = submit("Waiting for the author's answer", REACHABLE);
        decide(asked, Decision.askMoreInfo());
        jdbc.sql(
                        "INSERT INTO moderator_message (chat_key, message_id, ref, card) VALUES ('moderators-chat-key-01', 7, :ref, 1)")
                .param("ref", old.ref().value())
                .update();
        jdbc.sql("INSERT INTO moderator_note (ref, moderator, body, written_at) VALUES (:ref, 'anna', 'a remark', 0)")
                .param("ref", old.ref().value())
                .update();
        SuggestionRetention undecided = new SuggestionRetention(
                new SuggestionErasureRepository(jdbc),
                new SpamBlocks(
                        new SpamBlockRepository(jdbc),
                        TestIdentities.epochKeys(clock, WINDOW, Duration.ofHours(1)),
                        clock),
                TestSettings.bot().undecidedRetention(Duration.ofDays(60)).suggestion(),
                new ModerationSettings(Map.of(), Duration.ofDays(180), List.of(), Duration.ofDays(30), RELAY));
        clock.advance(Duration.ofDays(59));
        Suggestion young = submit("Sent later", Optional.empty());

        assertThat(flow.suggestions()
                        .deletionDate(flow.suggestions().find(old.ref()).orElseThrow()))
                .isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(flow.suggestions()
                        .deletionDate(flow.suggestions().find(old.ref()).orElseThrow()))
                .as("flagged at 60 days, with the day it goes")
                .contains(old.createdOn().plusDays(67));
        assertThat(flow.suggestions()
                        .deletionDate(flow.suggestions().find(young.ref()).orElseThrow()))
                .isEmpty();
        clock.advance(Duration.ofDays(6));
        undecided.purge(clock.instant()); // the author keys, long past their window
        assertThat(count("suggestion")).as("not before the day it goes").isEqualTo(3);
        clock.advance(Duration.ofDays(1));

        assertThat(undecided.purge(clock.instant())).isEqualTo(2);
        assertThat(count("suggestion")).isEqualTo(1);
        assertThat(count("moderator_message") + count("moderator_note"))
                .as("links and notes went with it")
                .isZero();
    }

    private Suggestion submit(String text, Optional<ChatAddress> replyTo) {
        return flow.submit(AUTHOR, "media", text, replyTo);
    }

    private void decide(Suggestion suggestion, Decision decision) {
        assertThat(flow.suggestions()
                        .decide(
                                suggestion.ref(),
                                decision,
                                clock.instant(),
                                clock.instant().plus(Duration.ofDays(30))))
                .isInstanceOf(Settlement.Settled.class);
    }

    private String body(Suggestion suggestion) {
        return (String) column(suggestion, "body");
    }

    private String state(Suggestion suggestion) {
        return (String) column(suggestion, "state");
    }

    private Object column(Suggestion suggestion, String column) {
        return jdbc.sql("SELECT " + column + " FROM suggestion WHERE ref = ?")
                .param(suggestion.ref().value())
                .query((rs, row) -> rs.getObject(1))
                .list()
                .get(0);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static List<Map<String, Object>> withoutAuthorKeys(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(row -> {
                    Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
                    copy.put("author_key", null);
                    return (Map<String, Object>) copy;
                })
                .toList();
    }

    /** Every column, blobs as hex (arrays compare by identity), in a stable order. */
    private List<Map<String, Object>> snapshot() {
        return jdbc.sql("""
                SELECT ref, working_group, body, created_on, state, hex(reply_to) AS reply_to, author_key, reply_key,
                    triaged_at, recommendation, decline_reason, card_message_id
                FROM suggestion ORDER BY ref""").query().listOfRows();
    }

    private Path dbFile() {
        return folder.resolve("civic-relay.db");
    }

    private Path walFile() {
        return folder.resolve("civic-relay.db-wal");
    }

    private List<String> filesWritten() {
        return List.of("civic-relay.db", "civic-relay.db-wal", "civic-relay.db-shm").stream()
                .filter(name -> Files.exists(folder.resolve(name)))
                .toList();
    }

    /** Whether the UTF-8 bytes of {@code text} occur in the database file, its -wal or its -shm. */
    private boolean contains(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (String name : filesWritten()) {
            if (Bytes.indexOf(Files.readAllBytes(folder.resolve(name)), needle) >= 0) {
                return true;
            }
        }
        return false;
    }
}
