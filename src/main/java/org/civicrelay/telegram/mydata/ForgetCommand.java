package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import java.util.List;
import org.springframework.stereotype.Component;

/** /forget: what will be erased, and a confirmation; nothing happens before the press. */
@Component
class ForgetCommand implements CommandHandler {

    static final String BUTTON = "forget";

    @Override
    public List<String> commands() {
        return List.of("forget");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t("forget.confirm"), Keyboard.of(
                List.of(new Button(in.t("button.forget"), ButtonHandler.data(BUTTON, "all"))),
                List.of(new Button(in.t("button.forget-with-text"), ButtonHandler.data(BUTTON, "text"))),
                List.of(new Button(in.t("button.keep"), ButtonHandler.data(BUTTON, "no")))));
    }
}
