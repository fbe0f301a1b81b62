package org.civicrelay.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.suggestion.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guided status changes in SQLite: every step kept, nothing changed or published before the confirmation. */
class StatusDraftsTest {

    private static final RecommendationId R1 = new RecommendationId("R1");

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T10:15:00Z"));
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private HikariDataSource database;
    private Recommendations recommendations;
    private StatusDrafts drafts;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        CatalogueSettings settings = TestRecommendations.catalogue("media:R1,R2");
        recommendations = TestRecommendations.start(database, settings, events, clock);
        drafts = new StatusDrafts(
                new StatusDraftRepository(JdbcClient.create(database)),
                recommendations,
                new Catalogue(settings),
                clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_draft_goes_status_then_note_then_confirmation_and_only_the_confirmation_changes_anything() {
        StatusDraft draft = drafts.start(R1, "moderators-chat").orElseThrow();
        assertThat(draft.complete()).isFalse();

        assertThat(drafts.chooseStatus(draft.id(), "in_progress", "moderators-chat", 42))
                .isInstanceOf(StatusDrafts.DraftResult.Ready.class);
        assertThat(drafts.byPrompt("moderators-chat", 42)).map(StatusDraft::id).contains(draft.id());
        assertThat(drafts.byPrompt("another-chat", 42)).isEmpty();
        assertThat(drafts.awaitingNote("moderators-chat")).map(StatusDraft::id).contains(draft.id());
        assertThat(drafts.giveNote(draft.id(), Optional.of("x".repeat(501))))
                .isInstanceOfSatisfying(
                        StatusDrafts.DraftResult.Invalid.class,
                        invalid -> assertThat(invalid.why()).isEqualTo(new StatusChangeResult.NoteTooLong(501, 500)));
        StatusDrafts.DraftResult noted = drafts.giveNote(draft.id(), Optional.of("  Pilot in March  "));
        assertThat(noted).isInstanceOfSatisfying(StatusDrafts.DraftResult.Ready.class, ready -> {
            assertThat(ready.draft().complete()).isTrue();
            assertThat(ready.draft().note()).contains("Pilot in March");
        });
        assertThat(recommendations.current(R1).orElseThrow().status())
                .as("not yet")
                .isEqualTo("proposed");
        then(events).should(never()).publishEvent(any());

        assertThat(drafts.confirm(draft.id(), "anna")).isInstanceOf(StatusChangeResult.Changed.class);

        assertThat(recommendations.current(R1).orElseThrow().status()).isEqualTo("in_progress");
        then(events)
                .should()
                .publishEvent(new StatusChanged(
                        R1,
                        "in_progress",
                        Optional.of("Pilot in March"),
                        java.time.LocalDate.of(2026, 11, 20),
                        "anna"));
        assertThat(drafts.find(draft.id())).as("gone once applied").isEmpty();
        assertThat(drafts.confirm(draft.id(), "anna"))
                .as("a second press changes nothing")
                .isInstanceOf(StatusChangeResult.UnknownRecommendation.class);
    }

    @Test
    void the_one_line_form_is_checked_like_a_change_and_cancelled_drafts_and_old_ones_go() {
        assertThat(drafts.startComplete(R1, "bogus", Optional.empty(), "chat"))
                .isInstanceOfSatisfying(
                        StatusDrafts.DraftResult.Invalid.class,
                        invalid -> assertThat(invalid.why()).isInstanceOf(StatusChangeResult.UnknownStatus.class));
        assertThat(drafts.startComplete(new RecommendationId("R99"), "in_progress", Optional.empty(), "chat"))
                .isInstanceOfSatisfying(
                        StatusDrafts.DraftResult.Invalid.class,
                        invalid ->
                                assertThat(invalid.why()).isInstanceOf(StatusChangeResult.UnknownRecommendation.class));
        assertThat(drafts.start(new RecommendationId("R99"), "chat")).isEmpty();
        StatusDraft complete = ((StatusDrafts.DraftResult.Ready)
                        drafts.startComplete(R1, "in_progress", Optional.of(" "), "chat"))
                .draft();
        assertThat(complete.complete()).isTrue();
        assertThat(complete.note()).as("a blank note is no note").isEmpty();

        assertThat(drafts.cancel(complete.id())).isTrue();
        assertThat(drafts.confirm(complete.id(), "anna")).isInstanceOf(StatusChangeResult.UnknownRecommendation.class);
        drafts.start(R1, "chat");
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(drafts.purge(clock.instant())).isEqualTo(1);
        then(events).should(never()).publishEvent(any());
    }
}
