package org.civicrelay.telegram.mydata;

import java.util.List;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** /wipe: offers to delete this conversation from the person's device(s). */
@Component
class WipeCommand extends AbstractCommandHandler {

    WipeCommand() {
        super("wipe", MenuEntry.of(MenuEntry.Section.YOUR_DATA, 110));
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
