package org.civicrelay.telegram.triage;

import org.civicrelay.moderation.RelayLinks;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.chat.port.ModeratorDesk;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An author's reply to a message from the moderators goes back to them, as new text under the
 * suggestion's card: prefixed with the reference, escaped, never forwarded (a forward would show who wrote
 * it). Checked before the suggestion flow, so that answering works even while a new suggestion is drafted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthorAnswerText implements TextHandler {

    private final RelayLinks links;
    private final Identities identities;
    private final ModeratorDesk desk;

    AuthorAnswerText(RelayLinks links, Identities identities, ModeratorDesk desk) {
        this.links = links;
        this.identities = identities;
        this.desk = desk;
    }

    @Override
    public boolean handle(Interaction in) {
        if (in.isGroupChat()) {
            return false;
        }
        return in.replyToMessageId()
                .flatMap(messageId -> links.find(identities.pseudonym(in.chatId()), messageId))
                .map(ref -> {
                    answer(in, ref);
                    return true;
                })
                .orElse(false);
    }

    private void answer(Interaction in, SuggestionRef ref) {
        String text = in.text() == null ? "" : in.text().strip();
        in.reply(desk.refusal(in, text)
                .or(() -> desk.postAnswer(in, ref, text))
                .orElseGet(() -> in.t("relay.answer-sent", ref.value())));
    }
}
