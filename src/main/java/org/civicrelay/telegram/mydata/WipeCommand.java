package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import java.util.List;
import org.springframework.stereotype.Component;

/** /wipe: offers to delete this conversation from the person's device(s). */
@Component
public class WipeCommand implements CommandHandler {

    public static final String BUTTON = "wipe";

    @Override
    public List<String> commands() {
        return List.of("wipe");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t("wipe.confirm"), keyboard(in));
    }

    static Keyboard keyboard(Interaction in) {
        return Keyboard.of(List.of(new Button(in.t("button.wipe"), ButtonHandler.data(BUTTON, "yes"))),
                List.of(new Button(in.t("button.keep"), ButtonHandler.data(BUTTON, "no"))));
    }
}
