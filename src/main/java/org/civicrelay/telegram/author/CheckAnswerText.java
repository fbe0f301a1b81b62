package org.civicrelay.telegram.author;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.chat.port.ModeratorDesk;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The text after "Answer" under a /check answer: posted under the suggestion's card like any author's
 * answer, anonymously; the chat it came from is not recorded anywhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CheckAnswerText implements TextHandler {

    private final CheckSessions sessions;
    private final Suggestions suggestions;
    private final ModeratorDesk desk;

    CheckAnswerText(CheckSessions sessions, Suggestions suggestions, ModeratorDesk desk) {
        this.sessions = sessions;
        this.suggestions = suggestions;
        this.desk = desk;
    }

    @Override
    public boolean handle(Interaction in) {
        if (in.isGroupChat()) {
            return false;
        }
        return sessions.takeAnswer(in.user(), System.nanoTime())
                .map(ref -> {
                    answer(in, ref);
                    return true;
                })
                .orElse(false);
    }

    private void answer(Interaction in, SuggestionRef ref) {
        String text = in.text() == null ? "" : in.text().strip();
        Optional<String> refusal = desk.refusal(in, text);
        if (refusal.isPresent()) {
            sessions.expectAnswer(in.user(), ref, System.nanoTime()); // the next text may still be the answer
            in.reply(refusal.get());
            return;
        }
        if (suggestions
                .find(ref)
                .filter(suggestion -> suggestion.state().isOpen())
                .isEmpty()) {
            in.replyProtected(in.t("check.not-open", ref.value()), null);
            return;
        }
        in.replyProtected(desk.postAnswer(in, ref, text).orElseGet(() -> in.t("relay.answer-sent", ref.value())), null);
    }
}
