package org.civicrelay.telegram.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.Page;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusEntry;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * One working group's board: each recommendation with its status (since when) and its last public note. It
 * always fits one message: titles and notes are cut, shorter and shorter, until it does.
 */
@Component
class BoardViews {

    /** Telegram allows 4,096 characters after entity parsing; the HTML is longer than that, so this is safe. */
    static final int MAX_HTML = 4_000;

    static final int MAX_RECOMMENDATIONS = 100;
    private static final int[][] CUTS = {{160, 300}, {120, 160}, {80, 80}, {60, 0}, {40, 0}, {20, 0}};

    private final Catalogue catalogue;
    private final Recommendations recommendations;
    private final Texts texts;

    BoardViews(Catalogue catalogue, Recommendations recommendations, Texts texts) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.texts = texts;
    }

    private record Line(Recommendation recommendation, Optional<StatusEntry> since, Optional<StatusEntry> note) {}

    String render(WorkingGroup group) {
        Locale locale = texts.fallback();
        Page<Recommendation> page = recommendations.inGroup(group.id(), 0, MAX_RECOMMENDATIONS);
        List<Line> lines = new ArrayList<>();
        for (Recommendation recommendation : page.items()) {
            List<StatusEntry> history = recommendations.history(recommendation.id(), 50);
            Optional<StatusEntry> since = history.stream().findFirst();
            Optional<StatusEntry> note =
                    history.stream().filter(entry -> entry.note().isPresent()).findFirst();
            lines.add(new Line(recommendation, since, note));
        }
        String html = "";
        for (int[] cut : CUTS) {
            html = render(group, lines, locale, cut[0], cut[1]);
            if (html.length() <= MAX_HTML) {
                return html;
            }
        }
        return Texts.cut(html, MAX_HTML); // a catalogue this large is not expected; the message still goes
    }

    private String render(WorkingGroup group, List<Line> lines, Locale locale, int titleLength, int noteLength) {
        StringBuilder html = new StringBuilder(
                texts.get(locale, "board.header", Html.escape(group.title().in(locale))));
        if (lines.isEmpty()) {
            html.append("\n\n").append(texts.get(locale, "board.empty"));
        }
        for (Line line : lines) {
            Recommendation recommendation = line.recommendation();
            html.append("\n\n")
                    .append(texts.get(
                            locale,
                            "board.item",
                            recommendation.id().value(),
                            Html.escape(Texts.cut(recommendation.title().in(locale), titleLength)),
                            Html.escape(catalogue.statusLabel(recommendation.status(), locale)),
                            line.since()
                                    .map(StatusEntry::on)
                                    .map(LocalDate::toString)
                                    .orElse("")));
            if (noteLength > 0) {
                line.note()
                        .ifPresent(entry -> html.append('\n')
                                .append(texts.get(
                                        locale,
                                        "board.note",
                                        entry.on().toString(),
                                        Html.escape(Texts.cut(entry.note().orElseThrow(), noteLength)))));
            }
        }
        html.append("\n\n").append(texts.get(locale, "board.footer"));
        return html.toString();
    }
}
