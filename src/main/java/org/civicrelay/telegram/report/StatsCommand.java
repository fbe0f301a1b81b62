package org.civicrelay.telegram.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.moderation.ModerationStats;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Stats;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /stats: counts only (by state, by working group, followers by recommendation), never content. */
@Component
class StatsCommand extends AbstractCommandHandler {

    private final ModerationStats stats;
    private final Moderators moderators;
    private final Catalogue catalogue;

    StatsCommand(ModerationStats stats, Moderators moderators, Catalogue catalogue) {
        super("stats", MenuEntry.of(MenuEntry.Section.MODERATION, 30), Audience.MODERATORS);
        this.stats = stats;
        this.moderators = moderators;
        this.catalogue = catalogue;
    }

    @Override
    public void handle(Interaction in) {
        Stats counts = stats.stats(moderators.alias(in.userId()).orElseThrow());
        String byState = counts.byState().entrySet().stream()
                .map(entry -> in.t(
                        "stats.line",
                        in.t("triage.state."
                                + entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        entry.getValue()))
                .collect(Collectors.joining("\n"));
        String byWorkingGroup = lines(
                in,
                counts.byWorkingGroup(),
                workingGroup -> Html.escape(catalogue.workingGroupTitle(workingGroup, in.locale())));
        String html = in.t("stats.text", byState, byWorkingGroup);
        if (counts.followersByRecommendation().isPresent()) {
            Map<String, Integer> byRecommendation = new TreeMap<>(StatsCommand::byNumber);
            byRecommendation.putAll(counts.followersByRecommendation().get());
            html += "\n\n" + in.t("stats.followers", lines(in, byRecommendation, Html::escape));
        }
        in.reply(html);
    }

    /** R2 before R10. */
    private static int byNumber(String left, String right) {
        String a = left.replaceAll("\\D", "");
        String b = right.replaceAll("\\D", "");
        int byDigits = a.isEmpty() || b.isEmpty()
                ? 0
                : Integer.compare(a.length(), b.length()) != 0
                        ? Integer.compare(a.length(), b.length())
                        : a.compareTo(b);
        return byDigits != 0 ? byDigits : left.compareTo(right);
    }

    private static String lines(
            Interaction in, Map<String, Integer> counts, java.util.function.Function<String, String> label) {
        if (counts.isEmpty()) {
            return in.t("stats.none");
        }
        return counts.entrySet().stream()
                .map(entry -> in.t("stats.line", label.apply(entry.getKey()), entry.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
