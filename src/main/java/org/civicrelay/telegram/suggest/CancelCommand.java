package org.civicrelay.telegram.suggest;

import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /cancel: abandons whatever is in progress; nothing of it is kept. */
@Component
class CancelCommand extends AbstractCommandHandler {

    private final SuggestionFlow flow;

    CancelCommand(SuggestionFlow flow) {
        super("cancel", MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 90));
        this.flow = flow;
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t(flow.cancel(in.user()) ? "cancel.done" : "cancel.nothing"));
    }
}
