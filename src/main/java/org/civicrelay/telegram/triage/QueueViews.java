package org.civicrelay.telegram.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.moderation.AuditTrail;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * /queue: suggestions waiting for a decision, oldest first, a few per page with excerpts short enough
 * that a page always fits in one message (4,096 characters), and buttons to page through them.
 */
@Component
class QueueViews {

    static final int PAGE_SIZE = 5;
    /** Five excerpts of this length, escaped, plus headers, stay well under Telegram's 4,096 characters. */
    static final int EXCERPT = 280;

    static final int CARD_BUTTONS_PER_ROW = 3;

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final Moderators moderators;
    private final AuditTrail audit;
    private final Texts texts;

    QueueViews(Suggestions suggestions, Catalogue catalogue, Moderators moderators, AuditTrail audit, Texts texts) {
        this.texts = texts;
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.moderators = moderators;
        this.audit = audit;
    }

    /** The page (1-based, clamped to what exists) as HTML and its paging buttons. */
    Page page(Interaction in, int requested) {
        int total = suggestions.countAwaiting();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        audit.record(moderators.alias(in.userId()).orElseThrow(), "queue", "page " + page);
        if (total == 0) {
            return new Page(in.t("queue.empty"), Keyboard.NONE);
        }
        StringBuilder html = new StringBuilder(in.t("queue.header", total, page, pages));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> cards = new ArrayList<>();
        for (Suggestion suggestion : suggestions.awaiting((page - 1) * PAGE_SIZE, PAGE_SIZE)) {
            html.append("\n\n")
                    .append(in.t(
                            "queue.item",
                            suggestion.ref().value(),
                            Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale())),
                            suggestion.createdOn().toString(),
                            in.t(
                                    suggestion.state() == SuggestionState.MORE_INFO_REQUESTED
                                            ? "queue.more-info"
                                            : "queue.new"),
                            in.t(suggestion.reachable() ? "queue.reachable" : "queue.anonymous"),
                            Html.escape(excerpt(suggestion.text()))));
            suggestions
                    .deletionDate(suggestion)
                    .ifPresent(day -> html.append("\n").append(in.t("queue.flag", day.toString())));
            cards.add(QueuePress.button(
                    in.t("queue.button.card", suggestion.ref().value()), new QueuePress.Card(suggestion.ref())));
            if (cards.size() == CARD_BUTTONS_PER_ROW) {
                rows.add(cards);
                cards = new ArrayList<>();
            }
        }
        if (!cards.isEmpty()) {
            rows.add(cards);
        }
        List<Button> paging = new ArrayList<>();
        if (page > 1) {
            paging.add(QueuePress.button(in.t("queue.previous"), new QueuePress.Page(page - 1)));
        }
        if (page < pages) {
            paging.add(QueuePress.button(in.t("queue.next"), new QueuePress.Page(page + 1)));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        return new Page(html.toString(), new Keyboard(rows));
    }

    /** A line for a card shown again: the day an undecided suggestion will be deleted, if it is that old. */
    String flag(Suggestion suggestion) {
        Locale locale = texts.fallback();
        return suggestions
                .deletionDate(suggestion)
                .map(day -> "\n\n" + texts.get(locale, "queue.flag", day.toString()))
                .orElse("");
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "\u2026";
    }

    record Page(String html, Keyboard keyboard) {}
}
