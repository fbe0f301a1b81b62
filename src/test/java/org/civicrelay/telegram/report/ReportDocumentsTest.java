package org.civicrelay.telegram.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.TestCatalogue;
import org.civicrelay.config.LocalizedText;
import org.civicrelay.config.TestSettings;
import org.civicrelay.suggestion.AcceptedSuggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.Texts;
import org.junit.jupiter.api.Test;

/** The export's two documents: grouped, in the authors' words, escaped for the format, and naming nobody. */
class ReportDocumentsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-02");

    private final Recommendations recommendations = mock(Recommendations.class);
    private final ReportDocuments documents;

    ReportDocumentsTest() {
        given(recommendations.find(any()))
                .willAnswer(call -> Optional.of(new Recommendation(
                        call.getArgument(0),
                        "media",
                        1,
                        new LocalizedText("Fact-checking *networks*", "Сети"),
                        "in_progress",
                        false)));
        documents = new ReportDocuments(
                TestCatalogue.twoWorkingGroups(),
                recommendations,
                new Texts(TestSettings.bot().build()));
    }

    @Test
    void csv_cells_are_quoted_and_formulas_made_inert() {
        assertThat(ReportDocuments.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        for (String formula : List.of("+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1")) {
            assertThat(ReportDocuments.csvCell(formula)).as(formula).startsWith("\"'");
        }
        assertThat(ReportDocuments.csvCell("a, b\nc")).isEqualTo("\"a, b\nc\"");
        assertThat(ReportDocuments.csvCell("S-7KQ3X")).isEqualTo("\"S-7KQ3X\"");
    }

    @Test
    void markdown_shows_every_character_as_written() {
        assertThat(ReportDocuments.escapeMarkdown("**bold** [link](http://x) <b>tag</b> `code` | table & co"))
                .isEqualTo("\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) \\<b\\>tag\\</b\\> \\`code\\` \\| table \\& co");
        assertThat(ReportDocuments.escapeMarkdown("# not a heading")).startsWith("\\#");
        assertThat(ReportDocuments.escapeMarkdown("- not a list")).isEqualTo("\\- not a list");
        assertThat(ReportDocuments.escapeMarkdown("  1. not a list either")).isEqualTo("  1\\. not a list either");
        assertThat(ReportDocuments.escapeMarkdown("=== not an underline")).isEqualTo("\\=== not an underline");
        assertThat(ReportDocuments.escapeMarkdown("2026-12-01 · S-7KQ3X"))
                .as("a date mid-line stays readable")
                .isEqualTo("2026-12-01 · S-7KQ3X");
    }

    @Test
    void both_documents_group_by_working_group_and_recommendation_with_day_and_reference() {
        List<AcceptedSuggestion> accepted = List.of(
                accepted("S-AAAA1", "grassroots", Optional.of("R1"), "Grants for <unregistered> groups"),
                accepted("S-AAAA2", "grassroots", Optional.empty(), "=cmd|' /C calc'!A0\nsecond line"),
                accepted("S-AAAA3", "media", Optional.of("R5"), "Фактчекинг на местных языках"),
                new AcceptedSuggestion(new SuggestionRef("S-AAAA4"), "media", DAY, Optional.empty(), Optional.empty()));

        ReportDocuments.Document md = documents.markdown(accepted, Optional.empty(), DAY, Locale.ENGLISH);
        ReportDocuments.Document csv = documents.csv(accepted, Optional.empty(), DAY, Locale.ENGLISH);

        assertThat(md.fileName()).isEqualTo("accepted-suggestions-2026-12-02.md");
        assertThat(csv.fileName()).isEqualTo("accepted-suggestions-2026-12-02.csv");
        assertThat(md.content())
                .contains(
                        "# Accepted suggestions",
                        "4 accepted suggestions",
                        "all working groups",
                        "R1: Fact-checking \\*networks\\* \\(status: in\\_progress\\)",
                        "Not linked to a recommendation",
                        "- 2026-11-20 · S-AAAA1",
                        "  > Grants for \\<unregistered\\> groups",
                        "  > \\=cmd\\|' /C calc'\\!A0",
                        "  > second line",
                        "  > Фактчекинг на местных языках",
                        "(text erased under the retention rules)"
                                .replace("(", "\\(")
                                .replace(")", "\\)"));
        assertThat(md.content().indexOf("S-AAAA1")).isLessThan(md.content().indexOf("S-AAAA2"));
        assertThat(md.content().indexOf("S-AAAA2"))
                .as("unlinked last in its group")
                .isLessThan(md.content().indexOf("## " + "Free media"));
        assertThat(csv.content())
                .startsWith("\uFEFF\"working_group\",")
                .contains("\r\n")
                .contains(
                        "\"grassroots\",",
                        "\"R1\",\"Fact-checking *networks*\",\"2026-11-20\",\"S-AAAA1\"",
                        "\"'=cmd|' /C calc'!A0\nsecond line\"");
        assertThat(csv.content().split("\r\n")).hasSize(5);
        assertThat(ReportDocuments.fileName(Optional.of("media"), DAY, "csv"))
                .isEqualTo("accepted-suggestions-media-2026-12-02.csv");
    }

    private static AcceptedSuggestion accepted(String ref, String group, Optional<String> recommendation, String text) {
        return new AcceptedSuggestion(
                new SuggestionRef(ref), group, LocalDate.parse("2026-11-20"), Optional.of(text), recommendation);
    }
}
