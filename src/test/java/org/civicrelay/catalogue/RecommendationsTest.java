package org.civicrelay.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.InvalidSettingException;
import org.civicrelay.config.LocalizedText;
import org.civicrelay.config.SqliteTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatchers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue in SQLite: start-up sync from bot-config.yml and status changes, against a real database file. */
class RecommendationsTest {

    private static final RecommendationId R1 = new RecommendationId("R1");
    private static final RecommendationId R2 = new RecommendationId("R2");
    private static final RecommendationId R3 = new RecommendationId("R3");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneOffset.UTC);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private HikariDataSource database;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void new_recommendations_start_in_the_initial_status_with_one_history_entry_in_catalogue_order() {
        Recommendations recommendations = start(TestRecommendations.catalogue("media:R2,R10", "grassroots:R1"));

        assertThat(recommendations.inGroup("media", 0, 5).items())
                .extracting(r -> r.id().value())
                .containsExactly("R2", "R10");
        Recommendation r1 = recommendations.current(R1).orElseThrow();
        assertThat(r1.status()).isEqualTo("proposed");
        assertThat(r1.title().en()).isEqualTo("Title of R1");
        assertThat(recommendations.history(R1, 10))
                .containsExactly(new StatusEntry(LocalDate.of(2026, 11, 20), "proposed", Optional.empty()));
    }

    @Test
    void a_restart_keeps_statuses_and_history_and_takes_titles_and_groups_from_the_file() {
        start(TestRecommendations.catalogue("media:R1,R2"))
                .change(new ChangeStatus(R1, "in_progress", Optional.of("Funding found"), "anna"));

        CatalogueSettings edited = new CatalogueSettings(
                List.of(new CatalogueSettings.WorkingGroup(
                        "grassroots",
                        new LocalizedText("Grassroots", null),
                        List.of(
                                new CatalogueSettings.Recommendation("R1", new LocalizedText("Renamed R1", null)),
                                new CatalogueSettings.Recommendation("R2", new LocalizedText("Title of R2", null))))),
                TestRecommendations.catalogue().statuses(),
                "proposed");
        Recommendations restarted = start(edited);

        Recommendation r1 = restarted.current(R1).orElseThrow();
        assertThat(r1.status()).isEqualTo("in_progress");
        assertThat(r1.title().en()).isEqualTo("Renamed R1");
        assertThat(r1.workingGroup()).isEqualTo("grassroots");
        assertThat(restarted.history(R1, 10)).hasSize(2);
    }

    @Test
    void a_recommendation_removed_from_the_file_is_hidden_but_kept_and_comes_back_as_it_was() {
        start(TestRecommendations.catalogue("media:R1,R2"))
                .change(new ChangeStatus(R2, "implemented", Optional.empty(), "anna"));

        Recommendations without = start(TestRecommendations.catalogue("media:R1"));
        assertThat(without.inGroup("media", 0, 5).items())
                .extracting(Recommendation::id)
                .containsExactly(R1);
        assertThat(without.current(R2)).isEmpty();
        assertThat(without.find(R2))
                .get()
                .satisfies(r -> assertThat(r.retired()).isTrue());
        assertThat(without.change(new ChangeStatus(R2, "proposed", Optional.empty(), "anna")))
                .isInstanceOf(StatusChangeResult.UnknownRecommendation.class);

        Recommendations back = start(TestRecommendations.catalogue("media:R1,R2"));
        assertThat(back.current(R2)).get().satisfies(r -> assertThat(r.status()).isEqualTo("implemented"));
    }

    @Test
    void a_current_status_that_left_the_file_stops_start_up_with_one_line_naming_it() {
        start(TestRecommendations.catalogue("media:R1"))
                .change(new ChangeStatus(R1, "implemented", Optional.empty(), "anna"));
        CatalogueSettings fewerStatuses = new CatalogueSettings(
                TestRecommendations.catalogue("media:R1").workingGroups(),
                TestRecommendations.catalogue().statuses().subList(0, 2),
                "proposed");

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> start(fewerStatuses))
                .satisfies(
                        e -> assertThat(e.oneLine())
                                .isEqualTo(
                                        "Invalid setting CATALOGUE_STATUSES (catalogue.statuses): "
                                                + "status implemented is the current status of R1 in the database; keep it in the list (change the label if needed)"));
    }

    @Test
    void a_status_change_records_the_day_and_public_note_and_publishes_the_event_with_the_moderator_alias() {
        Recommendations recommendations = start(TestRecommendations.catalogue("media:R1"));

        StatusChangeResult result =
                recommendations.change(new ChangeStatus(R1, "in_progress", Optional.of("  Started  "), "anna"));

        assertThat(result).isInstanceOf(StatusChangeResult.Changed.class);
        assertThat(recommendations.current(R1).orElseThrow().status()).isEqualTo("in_progress");
        assertThat(recommendations.history(R1, 10).get(0))
                .isEqualTo(new StatusEntry(LocalDate.of(2026, 11, 20), "in_progress", Optional.of("Started")));
        then(events)
                .should()
                .publishEvent(new StatusChanged(
                        R1, "in_progress", Optional.of("Started"), LocalDate.of(2026, 11, 20), "anna"));
        assertThat(JdbcClient.create(database)
                        .sql("SELECT count(*) FROM status_change")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void unknown_recommendations_unknown_statuses_and_long_notes_change_nothing() {
        Recommendations recommendations = start(TestRecommendations.catalogue("media:R1"));

        assertThat(recommendations.change(new ChangeStatus(R3, "in_progress", Optional.empty(), "anna")))
                .isInstanceOf(StatusChangeResult.UnknownRecommendation.class);
        assertThat(recommendations.change(new ChangeStatus(R1, "done", Optional.empty(), "anna")))
                .isInstanceOf(StatusChangeResult.UnknownStatus.class);
        assertThat(recommendations.change(new ChangeStatus(R1, "in_progress", Optional.of("x".repeat(501)), "anna")))
                .isEqualTo(new StatusChangeResult.NoteTooLong(501, 500));

        assertThat(recommendations.current(R1).orElseThrow().status()).isEqualTo("proposed");
        assertThat(recommendations.history(R1, 10)).hasSize(1);
        then(events).should(never()).publishEvent(ArgumentMatchers.any(Object.class));
    }

    @Test
    void pages_are_clamped_so_a_stale_page_number_shows_the_last_page() {
        Recommendations recommendations = start(TestRecommendations.catalogue("media:R1,R2,R3,R4,R5,R6,R7"));

        Page<Recommendation> last = recommendations.inGroup("media", 9, 5);

        assertThat(last.number()).isEqualTo(1);
        assertThat(last.count()).isEqualTo(2);
        assertThat(last.items()).extracting(r -> r.id().value()).containsExactly("R6", "R7");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void ids_are_read_forgivingly_but_only_in_the_contract_format() {
        assertThat(RecommendationId.parse(" r7 ")).contains(new RecommendationId("R7"));
        assertThat(RecommendationId.parse("R07")).isEmpty();
        assertThat(RecommendationId.parse("R7; DROP TABLE")).isEmpty();
        assertThat(RecommendationId.parse("S-7KQ3X")).isEmpty();
    }

    private Recommendations start(CatalogueSettings settings) {
        return TestRecommendations.start(database, settings, events, clock);
    }
}
