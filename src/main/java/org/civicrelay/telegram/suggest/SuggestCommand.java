package org.civicrelay.telegram.suggest;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /suggest: starts a suggestion by asking for its working group (after asking about an unfinished one). */
@Component
class SuggestCommand implements CommandHandler {

    private final Beginning beginning;

    SuggestCommand(Beginning beginning) {
        this.beginning = beginning;
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
        beginning.begin(in, Optional.empty());
    }
}
