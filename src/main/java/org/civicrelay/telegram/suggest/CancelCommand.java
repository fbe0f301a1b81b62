package org.civicrelay.telegram.suggest;

import java.util.List;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /cancel: abandons whatever is in progress; nothing of it is kept. */
@Component
class CancelCommand implements CommandHandler {

    private final SuggestionFlow flow;

    CancelCommand(SuggestionFlow flow) {
        this.flow = flow;
    }

    @Override
    public List<String> commands() {
        return List.of("cancel");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 90));
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t(flow.cancel(in.user()) ? "cancel.done" : "cancel.nothing"));
    }
}
