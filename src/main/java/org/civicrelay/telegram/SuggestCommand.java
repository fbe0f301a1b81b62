package org.civicrelay.telegram;

import java.util.List;
import org.civicrelay.submission.SuggestionService;
import org.springframework.stereotype.Component;

/** /suggest: starts a suggestion by asking for its working group. */
@Component
class SuggestCommand implements CommandHandler {

    private final SuggestionService suggestions;
    private final SuggestionViews views;

    SuggestCommand(SuggestionService suggestions, SuggestionViews views) {
        this.suggestions = suggestions;
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("suggest");
    }

    @Override
    public void handle(Interaction in) {
        if (suggestions.start(in.user()).isPresent()) {
            views.askTopic(in);
        } else {
            // Someone whose suggestion was marked as spam: a polite "not now", without saying why.
            in.reply(in.t("suggest.unavailable"));
        }
    }
}
