package org.civicrelay.telegram.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.civicrelay.catalogue.ChangeStatus;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChangeResult;
import org.civicrelay.catalogue.TestCatalogue;
import org.civicrelay.catalogue.TestRecommendations;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.LocalizedText;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.follow.Followers;
import org.civicrelay.follow.TestFollowers;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Keyboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every view of the catalogue fits Telegram's limits whatever the catalogue's size: a huge catalogue with
 * long titles full of characters that HTML escaping lengthens, a long history, many working groups.
 */
class RecommendationViewsTest {

    static final int TELEGRAM_TEXT = 4096;
    static final int TELEGRAM_BUTTONS = 100;
    static final String LONG = "Long & <tricky> \"title\" ".repeat(80);
    static final Pseudonym USER = new Pseudonym("user-pseudonym-000001");

    @TempDir
    Path folder;

    HikariDataSource database;
    RecommendationViews views;
    Recommendations recommendations;
    Followers followers;
    Interaction in;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        List<CatalogueSettings.WorkingGroup> groups = new ArrayList<>();
        IntStream.range(0, 30)
                .forEach(g -> groups.add(new CatalogueSettings.WorkingGroup(
                        "group" + g,
                        new LocalizedText(LONG, LONG),
                        g == 0
                                ? IntStream.rangeClosed(1, 300)
                                        .mapToObj(r -> new CatalogueSettings.Recommendation(
                                                "R" + r, new LocalizedText(LONG, LONG)))
                                        .toList()
                                : List.of())));
        CatalogueSettings settings =
                new CatalogueSettings(groups, TestRecommendations.catalogue().statuses(), "proposed");
        recommendations = TestRecommendations.start(database, settings, event -> {}, Clock.systemUTC());
        followers = TestFollowers.over(database, recommendations, (notice, batch) -> {});
        Texts texts = new Texts(TestSettings.bot().build());
        views = new RecommendationViews(
                TestCatalogue.of(settings),
                recommendations,
                followers,
                texts,
                (interaction, group) -> new org.civicrelay.telegram.outbox.Button("Suggest on this", "new:" + group),
                (locale, id) ->
                        new org.civicrelay.telegram.outbox.Button("Change " + id.value(), "st:o:" + id.value()));
        in = new Interaction(1L, false, 1L, USER, false, Locale.ENGLISH, "", 1, null, null, null, texts);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void every_page_of_a_huge_working_group_fits_one_message() {
        followers.follow(new RecommendationId("R2"), new ChatAddress(720_000_009L), USER, java.util.Locale.ENGLISH);
        RecommendationViews.View first = views.group(in, "group0", 0).orElseThrow();
        assertThat(first.keyboard().rows().get(1).get(0).label()).contains("Unfollow R2");
        for (int page = 0; page < 60; page++) {
            RecommendationViews.View view = views.group(in, "group0", page).orElseThrow();
            assertFits(view);
        }
        assertThat(views.group(in, "group0", 59).orElseThrow().html()).contains("R300", "Page 60 of 60");
        assertThat(views.group(in, "no-such-group", 0)).isEmpty();
    }

    @Test
    void the_details_of_a_recommendation_with_a_long_history_show_what_fits_newest_first() {
        RecommendationId r1 = new RecommendationId("R1");
        for (int i = 0; i < 60; i++) {
            assertThat(recommendations.change(new ChangeStatus(
                            r1,
                            i % 2 == 0 ? "in_progress" : "implemented",
                            Optional.of("Note " + i + " " + "& <b>".repeat(95)),
                            "anna")))
                    .isInstanceOf(StatusChangeResult.Changed.class);
        }
        Recommendation recommendation = recommendations.current(r1).orElseThrow();

        RecommendationViews.View view = views.details(in, recommendation, 0);

        assertFits(view);
        assertThat(view.html()).contains("Note 59", "older entries not shown").doesNotContain("Note 0 ");
    }

    @Test
    void many_working_groups_are_paged_too_and_a_long_list_of_what_one_follows_as_well() {
        for (int page = 0; page < 5; page++) {
            Keyboard keyboard = views.groupsKeyboard(in, page);
            assertThat(keyboard.rows().stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(TELEGRAM_BUTTONS);
            assertThat(keyboard.rows()).hasSizeLessThanOrEqualTo(RecommendationViews.GROUPS_PER_PAGE + 1);
        }
        for (int r = 1; r <= 300; r++) {
            followers.follow(
                    new RecommendationId("R" + r), new ChatAddress(720_000_009L), USER, java.util.Locale.ENGLISH);
        }
        List<Recommendation> followed = followers.followed(USER);
        for (int page = 0; page < 30; page++) {
            assertFits(views.followed(in, followed, page));
        }
    }

    private static void assertFits(RecommendationViews.View view) {
        // The HTML is at least as long as the text Telegram counts after parsing it.
        assertThat(view.html().length()).isLessThanOrEqualTo(TELEGRAM_TEXT);
        if (view.keyboard() != null) {
            assertThat(view.keyboard().rows().stream().mapToInt(List::size).sum())
                    .isLessThanOrEqualTo(TELEGRAM_BUTTONS);
            view.keyboard().rows().stream()
                    .flatMap(List::stream)
                    .forEach(button -> assertThat(button.data().getBytes(StandardCharsets.UTF_8).length)
                            .isLessThanOrEqualTo(64));
        }
    }
}
