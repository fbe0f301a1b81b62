package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** /wipe: offers to delete this conversation from the person's device(s). */
@Component
class WipeCommand implements CommandHandler {

    @Override
    public List<String> commands() {
        return List.of("wipe");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.YOUR_DATA, 110));
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t("wipe.confirm"), keyboard(in));
    }

    static Keyboard keyboard(Interaction in) {
        return Keyboard.of(
                List.of(WipeButton.button(in.t("button.wipe"), WipeButton.Press.WIPE)),
                List.of(WipeButton.button(in.t("button.keep"), WipeButton.Press.KEEP)));
    }
}
