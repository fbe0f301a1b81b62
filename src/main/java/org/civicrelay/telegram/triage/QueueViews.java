package org.civicrelay.telegram.triage;

import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.moderation.AuditTrail;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.Suggestions;
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

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final Moderators moderators;
    private final AuditTrail audit;

    QueueViews(Suggestions suggestions, Catalogue catalogue, Moderators moderators, AuditTrail audit) {
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
        for (Suggestion suggestion : suggestions.awaiting((page - 1) * PAGE_SIZE, PAGE_SIZE)) {
            html.append("\n\n").append(in.t("queue.item",
                    suggestion.ref().value(),
                    Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale())),
                    suggestion.createdOn().toString(),
                    in.t(suggestion.state() == SuggestionState.MORE_INFO_REQUESTED ? "queue.more-info" : "queue.new"),
                    in.t(suggestion.reachable() ? "queue.reachable" : "queue.anonymous"),
                    Html.escape(excerpt(suggestion.text()))));
        }
        List<Button> buttons = new ArrayList<>();
        if (page > 1) {
            buttons.add(QueueButton.button(in.t("queue.previous"), page - 1));
        }
        if (page < pages) {
            buttons.add(QueueButton.button(in.t("queue.next"), page + 1));
        }
        return new Page(html.toString(), buttons.isEmpty() ? Keyboard.NONE : Keyboard.of(buttons));
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

    record Page(String html, Keyboard keyboard) {
    }
}
