package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /suggest: starts a suggestion by asking for its working group (after asking about an unfinished one). */
@Component
class SuggestCommand extends AbstractCommandHandler {

    private final Beginning beginning;

    SuggestCommand(Beginning beginning) {
        super("suggest", MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 10));
        this.beginning = beginning;
    }

    @Override
    public void handle(Interaction in) {
        beginning.begin(in, Optional.empty());
    }
}
