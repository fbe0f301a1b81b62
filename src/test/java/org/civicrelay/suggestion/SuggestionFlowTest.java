package org.civicrelay.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.civicrelay.catalogue.TestCatalogue;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.civicrelay.privacy.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suggestion flow against a real SQLite file, migrated by the bot's own Flyway scripts. */
class SuggestionFlowTest {

    private static final int MAX_LENGTH = 100;
    private static final Duration DRAFT_LIFETIME = Duration.ofHours(24);
    private static final Pseudonym AUTHOR = new Pseudonym("author-pseudonym-0001");
    private static final Pseudonym SOMEONE_ELSE = new Pseudonym("another-pseudonym-002");
    private static final long CHAT = 720_000_006L;

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-14T23:30:00Z"));
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private HikariDataSource database;
    private SuggestionFlow service;
    private EpochKeys epochKeys;

    @BeforeEach
    void open() {
        service = startBot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_completed_flow_stores_one_anonymous_pending_suggestion_and_forgets_the_draft() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");
        service.write(AUTHOR, "  More local radio in minority languages.  ");

        Suggestion stored = service.submit(AUTHOR, Optional.empty()).orElseThrow();

        assertThat(stored.ref().value()).matches("S-[A-Z0-9]{5}");
        assertThat(service.find(stored.ref())).contains(stored);
        assertThat(stored.workingGroup()).isEqualTo("media");
        assertThat(stored.text()).isEqualTo("More local radio in minority languages.");
        assertThat(stored.state()).isEqualTo(SuggestionState.PENDING);
        assertThat(stored.createdOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(stored.reachable()).isFalse();
        assertThat(service.current(AUTHOR)).isEmpty();
        assertThat(count("suggestion_draft")).isZero();
        then(events).should().publishEvent(new SuggestionReceived(stored.ref()));
    }

    @Test
    void a_reachable_author_is_stored_only_as_the_sealed_reply_address() {
        reachReview(AUTHOR, "Visa facilitation, please.");

        Suggestion stored =
                service.submit(AUTHOR, Optional.of(new ChatAddress(CHAT))).orElseThrow();

        SealedId replyTo = service.find(stored.ref()).orElseThrow().replyTo().orElseThrow();
        assertThat(replyTo).isEqualTo(stored.replyTo().orElseThrow());
        assertThat(TestIdentities.identities().open(replyTo)).isEqualTo(CHAT);
        assertThat(replyTo.place())
                .as("sealed for this suggestion's row only")
                .isEqualTo(
                        new SealedPlace("suggestion", "reply_to", stored.ref().value()));
        assertThat(jdbc().sql("SELECT count(*) FROM suggestion WHERE body LIKE ? OR working_group LIKE ?")
                        .params("%" + AUTHOR.value() + "%", "%" + AUTHOR.value() + "%")
                        .query(Integer.class)
                        .single())
                .as("the author's pseudonym is nowhere in the suggestion")
                .isZero();
    }

    @Test
    void the_author_key_is_a_link_under_the_current_epoch_key_never_the_pseudonym() {
        reachReview(AUTHOR, "Anonymous, please.");

        Suggestion stored = service.submit(AUTHOR, Optional.empty()).orElseThrow();

        String authorKey = jdbc().sql("SELECT author_key FROM suggestion WHERE ref = :ref")
                .param("ref", stored.ref().value())
                .query(String.class)
                .single();
        assertThat(authorKey).isEqualTo(epochKeys.current(AUTHOR).value()).isNotEqualTo(AUTHOR.value());
        assertThat(jdbc().sql("SELECT count(*) FROM suggestion WHERE reply_to IS NOT NULL OR reply_key IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_working_group_outside_the_catalogue_or_a_second_press_is_refused() {
        service.start(AUTHOR);

        assertThat(service.chooseWorkingGroup(AUTHOR, "no-such-group")).isEmpty();
        assertThat(service.chooseWorkingGroup(AUTHOR, "media")).contains(new Draft(DraftStep.WRITING, "media", null));
        assertThat(service.chooseWorkingGroup(AUTHOR, "grassroots"))
                .as("stale working group button")
                .isEmpty();
        assertThat(service.current(AUTHOR).orElseThrow().workingGroup()).isEqualTo("media");
    }

    @Test
    void blank_text_is_refused_as_empty_and_the_author_keeps_writing() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");

        assertThat(service.write(AUTHOR, " \n\t ")).isEqualTo(new WriteResult.Empty());
        assertThat(service.write(AUTHOR, null)).isEqualTo(new WriteResult.Empty());
        assertThat(service.current(AUTHOR).orElseThrow().step()).isEqualTo(DraftStep.WRITING);
    }

    @Test
    void text_over_the_limit_is_refused_counting_utf16_units_as_telegram_does() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");
        String emojiAtTheLimit = "\uD83D\uDE4C".repeat(MAX_LENGTH / 2); // each emoji is two UTF-16 units

        assertThat(service.write(AUTHOR, emojiAtTheLimit + "!"))
                .isEqualTo(new WriteResult.TooLong(MAX_LENGTH + 1, MAX_LENGTH));
        assertThat(service.write(AUTHOR, emojiAtTheLimit)).isInstanceOf(WriteResult.Accepted.class);
    }

    @Test
    void text_is_refused_when_no_suggestion_is_being_written() {
        assertThat(service.write(AUTHOR, "Hello")).isEqualTo(new WriteResult.NotWriting());

        service.start(AUTHOR);
        assertThat(service.write(AUTHOR, "Hello"))
                .as("before a working group is chosen")
                .isEqualTo(new WriteResult.NotWriting());
    }

    @Test
    void nothing_is_stored_before_the_author_has_seen_the_text_in_the_review() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");

        assertThat(service.submit(AUTHOR, Optional.empty())).isEmpty();
        service.write(AUTHOR, "Reviewed now");
        assertThat(service.edit(AUTHOR)).contains(new Draft(DraftStep.WRITING, "media", null));
        assertThat(service.submit(AUTHOR, Optional.empty()))
                .as("nothing to send while writing again")
                .isEmpty();
        assertThat(count("suggestion")).isZero();
    }

    @Test
    void an_anonymous_suggestion_gets_a_receipt_kept_only_as_its_keyed_hash_and_no_language() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");
        service.write(AUTHOR, "Anonymous, with a receipt");

        SuggestionFlow.Submitted submitted = service.submit(
                        AUTHOR, Optional.empty(), java.util.Locale.forLanguageTag("uk"))
                .orElseThrow();

        org.civicrelay.privacy.Receipt receipt = submitted.receipt().orElseThrow();
        assertThat(receipt.value()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(submitted.suggestion().hasReceipt()).isTrue();
        assertThat(submitted.suggestion().language())
                .as("no language with an anonymous suggestion")
                .isEmpty();
        String stored = jdbc().sql("SELECT receipt_hash FROM suggestion")
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(TestIdentities.receiptHashes().hash(receipt))
                .doesNotContain(receipt.value())
                .doesNotContain(receipt.value().replace("-", ""));
        assertThat(jdbc().sql("SELECT count(*) FROM suggestion WHERE language IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_reachable_suggestion_keeps_the_authors_language_and_no_receipt() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");
        service.write(AUTHOR, "Reachable, in Ukrainian");

        SuggestionFlow.Submitted submitted = service.submit(
                        AUTHOR, Optional.of(new ChatAddress(720_000_042L)), java.util.Locale.forLanguageTag("uk"))
                .orElseThrow();

        assertThat(submitted.receipt()).isEmpty();
        assertThat(service.find(submitted.suggestion().ref()).orElseThrow().language())
                .contains(java.util.Locale.forLanguageTag("uk"));
    }

    @Test
    void a_second_message_can_be_added_an_edit_of_the_draft_message_replaces_it_and_an_old_draft_is_told_apart() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");
        service.write(AUTHOR, "First part", 10);

        assertThat(service.append(AUTHOR, "second part")).isInstanceOf(WriteResult.Accepted.class);
        assertThat(service.current(AUTHOR).orElseThrow().text()).isEqualTo("First part\n\nsecond part");
        assertThat(service.replace(AUTHOR, 11, "Not the draft's message")).isEqualTo(new WriteResult.NotWriting());
        assertThat(service.replace(AUTHOR, 10, "Edited text")).isInstanceOf(WriteResult.Accepted.class);
        assertThat(service.current(AUTHOR).orElseThrow().text()).isEqualTo("Edited text");

        clock.advance(DRAFT_LIFETIME.plusSeconds(1));
        assertThat(service.expired(SOMEONE_ELSE)).isFalse();
        assertThat(service.expired(AUTHOR)).isTrue();
        assertThat(service.expired(AUTHOR))
                .as("told once: the old draft is deleted")
                .isFalse();
    }

    @Test
    void cancel_deletes_the_draft_and_reports_whether_there_was_one() {
        reachReview(AUTHOR, "Second thoughts");

        assertThat(service.cancel(AUTHOR)).isTrue();
        assertThat(service.current(AUTHOR)).isEmpty();
        assertThat(service.submit(AUTHOR, Optional.empty())).isEmpty();
        assertThat(service.cancel(AUTHOR)).isFalse();
        assertThat(count("suggestion_draft")).isZero();
    }

    @Test
    void drafts_belong_to_their_author() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");

        assertThat(service.current(SOMEONE_ELSE)).isEmpty();
        assertThat(service.write(SOMEONE_ELSE, "Hijack")).isEqualTo(new WriteResult.NotWriting());
        assertThat(service.cancel(SOMEONE_ELSE)).isFalse();
        assertThat(service.current(AUTHOR)).isPresent();
    }

    @Test
    void a_draft_survives_a_restart_and_can_be_finished_afterwards() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "grassroots");
        service.write(AUTHOR, "Small grants for unregistered groups");
        database.close();

        SuggestionFlow restarted = startBot();

        assertThat(restarted.current(AUTHOR))
                .contains(new Draft(DraftStep.REVIEWING, "grassroots", "Small grants for unregistered groups"));
        assertThat(restarted.submit(AUTHOR, Optional.empty()))
                .get()
                .extracting(Suggestion::workingGroup, Suggestion::text)
                .containsExactly("grassroots", "Small grants for unregistered groups");
    }

    @Test
    void a_draft_older_than_its_lifetime_is_gone() {
        service.start(AUTHOR);
        service.chooseWorkingGroup(AUTHOR, "media");

        clock.advance(DRAFT_LIFETIME.minusSeconds(1));
        assertThat(service.current(AUTHOR)).isPresent();

        clock.advance(Duration.ofSeconds(2));
        assertThat(service.current(AUTHOR)).isEmpty();
        assertThat(service.write(AUTHOR, "Too late")).isEqualTo(new WriteResult.NotWriting());
    }

    private SuggestionFlow startBot() {
        database = SqliteTestDatabase.open(folder.resolve("civic-relay.db"));
        JdbcClient jdbc = JdbcClient.create(database);
        epochKeys = TestIdentities.epochKeys(clock);
        return new SuggestionFlow(
                new DraftRepository(jdbc),
                new SuggestionRepository(jdbc),
                new SpamBlocks(new SpamBlockRepository(jdbc), epochKeys, clock),
                TestIdentities.identities(),
                TestCatalogue.twoWorkingGroups(),
                events,
                clock,
                new SecureRandom(),
                TestSettings.bot()
                        .maxLength(MAX_LENGTH)
                        .draftLifetime(DRAFT_LIFETIME)
                        .suggestion(),
                TestIdentities.receiptHashes());
    }

    private void reachReview(Pseudonym author, String text) {
        service.start(author);
        service.chooseWorkingGroup(author, "media");
        assertThat(service.write(author, text)).isInstanceOf(WriteResult.Accepted.class);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database);
    }

    private int count(String table) {
        return jdbc().sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
