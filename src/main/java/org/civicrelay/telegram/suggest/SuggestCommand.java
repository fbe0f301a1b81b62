package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.MenuEntry;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;

/** /suggest: starts a suggestion by asking for its working group. */
@Component
class SuggestCommand implements CommandHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    SuggestCommand(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("suggest");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 10));
    }

    @Override
    public void handle(Interaction in) {
        if (flow.start(in.user()).isPresent()) {
            views.askWorkingGroup(in);
        } else {
            // Someone whose suggestion was marked as spam: a polite "not now", without saying why.
            in.reply(in.t("suggest.unavailable"));
        }
    }
}
