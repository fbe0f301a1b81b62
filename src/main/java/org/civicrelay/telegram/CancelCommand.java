package org.civicrelay.telegram;

import java.util.List;
import org.civicrelay.submission.SuggestionService;
import org.springframework.stereotype.Component;

/** /cancel: abandons whatever is in progress; nothing of it is kept. */
@Component
class CancelCommand implements CommandHandler {

    private final SuggestionService suggestions;

    CancelCommand(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<String> commands() {
        return List.of("cancel");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t(suggestions.cancel(in.user()) ? "cancel.done" : "cancel.nothing"));
    }
}
