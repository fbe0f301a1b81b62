package org.civicrelay.telegram.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.suggestion.AcceptedSuggestion;
import org.civicrelay.telegram.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * The accepted suggestions as two documents for the workshop's report: Markdown to read and paste, CSV to
 * sort and count. Grouped by working group and linked recommendation; each with its day and reference and
 * the author's words, escaped for the format (and, in CSV, defused: a cell a spreadsheet would run as a
 * formula starts with an apostrophe). Nothing about any author is in them.
 */
@Component
class ReportDocuments {

    /** Formula starters spreadsheets act on (OWASP, "CSV injection"), tab and carriage return included. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Markdown punctuation that acts wherever it is (emphasis, code, links, HTML, tables, entities). */
    private static final String ANYWHERE = "\\`*_{}[]<>()#!|~&";
    /** Punctuation that acts at the start of a line (lists, headings' underlines, quotes are in ANYWHERE). */
    private static final String LINE_START = "-+=";

    private final Catalogue catalogue;
    private final Recommendations recommendations;
    private final Texts texts;

    ReportDocuments(Catalogue catalogue, Recommendations recommendations, Texts texts) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.texts = texts;
    }

    record Document(String fileName, String content) {}

    /** The file names say what and when, never who: every recipient sees them. */
    static String fileName(Optional<String> workingGroup, LocalDate day, String extension) {
        return "accepted-suggestions" + workingGroup.map(group -> "-" + group).orElse("") + "-" + day + "." + extension;
    }

    Document markdown(List<AcceptedSuggestion> accepted, Optional<String> workingGroup, LocalDate day, Locale locale) {
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(escapeMarkdown(texts.get(locale, "export.md.title")))
                .append("\n\n");
        md.append(escapeMarkdown(texts.get(
                        locale,
                        "export.md.intro",
                        day.toString(),
                        accepted.size(),
                        workingGroup
                                .map(group -> catalogue.workingGroupTitle(group, locale))
                                .orElseGet(() -> texts.get(locale, "export.all-groups")))))
                .append("\n");
        for (Map.Entry<String, Map<Optional<String>, List<AcceptedSuggestion>>> group :
                grouped(accepted).entrySet()) {
            md.append("\n## ")
                    .append(escapeMarkdown(catalogue.workingGroupTitle(group.getKey(), locale)))
                    .append("\n");
            for (Map.Entry<Optional<String>, List<AcceptedSuggestion>> linked :
                    group.getValue().entrySet()) {
                md.append("\n### ")
                        .append(escapeMarkdown(recommendationHeading(linked.getKey(), locale)))
                        .append("\n");
                for (AcceptedSuggestion suggestion : linked.getValue()) {
                    md.append("\n- ")
                            .append(escapeMarkdown(suggestion.createdOn() + " \u00B7 "
                                    + suggestion.ref().value()))
                            .append("\n\n");
                    for (String line : words(suggestion, locale).split("\\R", -1)) {
                        md.append("  > ").append(escapeMarkdown(line)).append("\n");
                    }
                }
            }
        }
        return new Document(fileName(workingGroup, day, "md"), md.toString());
    }

    Document csv(List<AcceptedSuggestion> accepted, Optional<String> workingGroup, LocalDate day, Locale locale) {
        // A byte-order mark, so that spreadsheets read UTF-8 (Cyrillic) correctly; RFC 4180 line ends.
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(
                csv,
                List.of(
                        "working_group",
                        "working_group_title",
                        "recommendation",
                        "recommendation_title",
                        "day",
                        "reference",
                        "text"));
        for (Map.Entry<String, Map<Optional<String>, List<AcceptedSuggestion>>> group :
                grouped(accepted).entrySet()) {
            for (Map.Entry<Optional<String>, List<AcceptedSuggestion>> linked :
                    group.getValue().entrySet()) {
                for (AcceptedSuggestion suggestion : linked.getValue()) {
                    row(
                            csv,
                            List.of(
                                    group.getKey(),
                                    catalogue.workingGroupTitle(group.getKey(), locale),
                                    linked.getKey().orElse(""),
                                    linked.getKey().map(id -> title(id, locale)).orElse(""),
                                    suggestion.createdOn().toString(),
                                    suggestion.ref().value(),
                                    words(suggestion, locale)));
                }
            }
        }
        return new Document(fileName(workingGroup, day, "csv"), csv.toString());
    }

    /**
     * One line of Markdown that shows every character as written: no emphasis, link, HTML, code or table
     * anywhere, and no list, heading, quote or rule at its start. Backslash escapes are CommonMark's.
     */
    static String escapeMarkdown(String line) {
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int digits = start;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean leading = i == start && LINE_START.indexOf(c) >= 0;
            boolean orderedList = i == digits && digits > start && (c == '.' || c == ')');
            if (ANYWHERE.indexOf(c) >= 0 || leading || orderedList) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** One CSV cell: quoted, quotes doubled, and a leading formula character made inert. */
    static String csvCell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(ReportDocuments::csvCell).toList()))
                .append("\r\n");
    }

    /** By working group (in the order they come), then by linked recommendation, unlinked last. */
    private static Map<String, Map<Optional<String>, List<AcceptedSuggestion>>> grouped(
            List<AcceptedSuggestion> accepted) {
        Map<String, Map<Optional<String>, List<AcceptedSuggestion>>> groups = new LinkedHashMap<>();
        for (AcceptedSuggestion suggestion : accepted) {
            groups.computeIfAbsent(suggestion.workingGroup(), group -> new LinkedHashMap<>())
                    .computeIfAbsent(suggestion.recommendation(), linked -> new ArrayList<>())
                    .add(suggestion);
        }
        return groups;
    }

    private String recommendationHeading(Optional<String> id, Locale locale) {
        return id.map(value -> texts.get(
                        locale,
                        "export.md.recommendation",
                        value,
                        title(value, locale),
                        recommendations
                                .find(new RecommendationId(value))
                                .map(Recommendation::status)
                                .map(status -> catalogue.statusLabel(status, locale))
                                .orElse("")))
                .orElseGet(() -> texts.get(locale, "export.md.unlinked"));
    }

    private String title(String id, Locale locale) {
        return RecommendationId.parse(id)
                .flatMap(recommendations::find)
                .map(r -> r.title().in(locale))
                .orElse(id);
    }

    private String words(AcceptedSuggestion suggestion, Locale locale) {
        return suggestion.text().orElseGet(() -> texts.get(locale, "export.text-erased"));
    }
}
