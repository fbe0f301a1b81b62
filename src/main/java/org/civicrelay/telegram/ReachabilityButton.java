package org.civicrelay.telegram;

import java.util.Optional;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.submission.SuggestionService;
import org.springframework.stereotype.Component;

/**
 * The author's last choice: stay anonymous (nothing links the submission to them) or let moderators
 * reply (a sealed reply address is kept with the submission). Then the suggestion is stored.
 */
@Component
class ReachabilityButton implements ButtonHandler {

    private final SuggestionService suggestions;
    private final SuggestionViews views;
    private final Identities identities;

    ReachabilityButton(SuggestionService suggestions, SuggestionViews views, Identities identities) {
        this.suggestions = suggestions;
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
        suggestions.submit(in.user(), replyTo).ifPresentOrElse(
                submission -> {
                    in.answer(in.t("suggest.stored.toast"));
                    views.stored(in, submission);
                },
                () -> in.answer(in.t("button.stale")));
    }
}
