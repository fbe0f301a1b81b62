package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.Optional;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;

/**
 * The author's last choice: stay anonymous (nothing links the suggestion to them) or let moderators
 * reply (a sealed reply address is kept with the suggestion). Then the suggestion is stored.
 */
@Component
class ReachabilityButton implements ButtonHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final Identities identities;

    ReachabilityButton(SuggestionFlow flow, SuggestionViews views, Identities identities) {
        this.flow = flow;
        this.views = views;
        this.identities = identities;
    }

    @Override
    public String prefix() {
        return SuggestionViews.REACH;
    }

    @Override
    public void handle(Interaction in, String choice) {
        if (!choice.equals("yes") && !choice.equals("no")) {
            in.answer(in.t("button.stale"));
            return;
        }
        Optional<SealedId> replyTo = choice.equals("yes") ? Optional.of(identities.seal(in.chatId())) : Optional.empty();
        flow.submit(in.user(), replyTo).ifPresentOrElse(
                suggestion -> {
                    in.answer(in.t("suggest.stored.toast"));
                    views.stored(in, suggestion);
                },
                () -> in.answer(in.t("button.stale")));
    }
}
