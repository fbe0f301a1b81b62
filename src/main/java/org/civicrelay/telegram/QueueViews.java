package org.civicrelay.telegram;

import java.util.ArrayList;
import java.util.List;
import org.civicrelay.moderation.AuditTrail;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.submission.Submission;
import org.civicrelay.submission.SubmissionState;
import org.civicrelay.submission.Submissions;
import org.springframework.stereotype.Component;

/**
 * /queue: submissions waiting for a decision, oldest first, a few per page with excerpts short enough
 * that a page always fits in one message (4,096 characters), and buttons to page through them.
 */
@Component
class QueueViews {

    static final String PREFIX = "queue";
    static final int PAGE_SIZE = 5;
    /** Five excerpts of this length, escaped, plus headers, stay well under Telegram's 4,096 characters. */
    static final int EXCERPT = 280;

    private final Submissions submissions;
    private final SuggestionViews suggestionViews;
    private final Moderators moderators;
    private final AuditTrail audit;

    QueueViews(Submissions submissions, SuggestionViews suggestionViews, Moderators moderators, AuditTrail audit) {
        this.submissions = submissions;
        this.suggestionViews = suggestionViews;
        this.moderators = moderators;
        this.audit = audit;
    }

    /** The page (1-based, clamped to what exists) as HTML and its paging buttons. */
    Page page(Interaction in, int requested) {
        int total = submissions.countAwaiting();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        audit.record(moderators.alias(in.userId()).orElseThrow(), "queue", "page " + page);
        if (total == 0) {
            return new Page(in.t("queue.empty"), Keyboard.NONE);
        }
        StringBuilder html = new StringBuilder(in.t("queue.header", total, page, pages));
        for (Submission submission : submissions.awaiting((page - 1) * PAGE_SIZE, PAGE_SIZE)) {
            html.append("\n\n").append(in.t("queue.item",
                    submission.ref().value(),
                    Html.escape(suggestionViews.topicTitle(submission.topic(), in.locale())),
                    submission.createdOn().toString(),
                    in.t(submission.state() == SubmissionState.MORE_INFO_REQUESTED ? "queue.more-info" : "queue.new"),
                    in.t(submission.reachable() ? "queue.reachable" : "queue.anonymous"),
                    Html.escape(excerpt(submission.text()))));
        }
        List<Button> buttons = new ArrayList<>();
        if (page > 1) {
            buttons.add(new Button(in.t("queue.previous"), ButtonHandler.data(PREFIX, String.valueOf(page - 1))));
        }
        if (page < pages) {
            buttons.add(new Button(in.t("queue.next"), ButtonHandler.data(PREFIX, String.valueOf(page + 1))));
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
