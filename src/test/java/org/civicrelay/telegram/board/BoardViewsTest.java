package org.civicrelay.telegram.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.Page;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusEntry;
import org.civicrelay.catalogue.TestCatalogue;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.LocalizedText;
import org.civicrelay.config.TestSettings;
import org.civicrelay.telegram.chat.Texts;
import org.junit.jupiter.api.Test;

/** A working group's board: status, since when, the last public note, escaped, and always one message. */
class BoardViewsTest {

    private static final WorkingGroup MEDIA =
            new WorkingGroup("media", new LocalizedText("Free media", null), List.of());

    private final Recommendations recommendations = mock(Recommendations.class);
    private final BoardViews views = new BoardViews(
            TestCatalogue.twoWorkingGroups(),
            recommendations,
            new Texts(TestSettings.bot().build()));

    @Test
    void each_recommendation_shows_its_status_since_when_and_its_last_public_note_escaped() {
        Recommendation r4 = recommendation(4, "Protection <for> journalists", "proposed");
        given(recommendations.inGroup(eq("media"), anyInt(), anyInt())).willReturn(new Page<>(List.of(r4), 0, 1));
        given(recommendations.history(eq(r4.id()), anyInt()))
                .willReturn(List.of(
                        new StatusEntry(LocalDate.parse("2026-11-30"), "proposed", Optional.empty()),
                        new StatusEntry(
                                LocalDate.parse("2026-11-20"),
                                "proposed",
                                Optional.of("Pilot in <b>March</b> & April"))));

        String html = views.render(MEDIA);

        assertThat(html)
                .contains(
                        "<b>Free media</b>",
                        "<b>R4</b> Protection &lt;for&gt; journalists",
                        "Status: <b>Proposed</b> (since 2026-11-30)",
                        "2026-11-20",
                        "Pilot in &lt;b&gt;March&lt;/b&gt; &amp; April");
    }

    @Test
    void a_large_working_group_still_fits_one_message() {
        List<Recommendation> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(recommendation(i, "A long title ".repeat(40), "proposed"));
        }
        given(recommendations.inGroup(eq("media"), anyInt(), anyInt())).willReturn(new Page<>(many, 0, 1));
        given(recommendations.history(any(), anyInt()))
                .willReturn(List.of(new StatusEntry(
                        LocalDate.parse("2026-11-20"), "proposed", Optional.of("A long note. ".repeat(40)))));

        String html = views.render(MEDIA);

        assertThat(html.length()).isLessThanOrEqualTo(BoardViews.MAX_HTML);
        assertThat(html).contains("<b>R1</b>", "<b>R40</b>");
    }

    private static Recommendation recommendation(int number, String title, String status) {
        return new Recommendation(
                new RecommendationId("R" + number), "media", number, new LocalizedText(title, null), status, false);
    }
}
