package org.civicrelay.telegram.author;

import java.util.ArrayList;
import java.util.List;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A plain message (not a reply) from an author whom the moderators have asked something, about a
 * suggestion still open: most people answer that way, so it is not dropped but offered to the moderators.
 * The offer answers the message, which is read back from it on the press and stored nowhere meanwhile.
 * Comes after the suggestion being written, which takes a text first.
 */
@Component
@Order(10)
class ThreadAnswerOffer implements TextHandler {

    /** More open threads than this at once are rare; the oldest are then reached by replying to their message. */
    static final int SHOWN = 3;

    private final Suggestions suggestions;

    ThreadAnswerOffer(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public boolean handle(Interaction in) {
        if (in.isGroupChat() || in.replyToMessageId().isPresent()) {
            return false;
        }
        List<SuggestionRef> open = suggestions.openThreads(in.user());
        if (open.isEmpty()) {
            return false;
        }
        List<List<Button>> rows = new ArrayList<>();
        open.stream()
                .limit(SHOWN)
                .forEach(ref -> rows.add(List.of(ThreadAnswerButton.button(
                        in.t(open.size() == 1 ? "button.thread.send" : "button.thread.send-about", ref.value()),
                        ref))));
        rows.add(List.of(ThreadAnswerButton.none(in.t("button.thread.no"))));
        in.replyToMessage(
                open.size() == 1 ? in.t("thread.offer", open.get(0).value()) : in.t("thread.offer-which"),
                new Keyboard(rows));
        return true;
    }
}
