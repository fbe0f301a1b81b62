package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.springframework.stereotype.Component;

/** /help: the commands, briefly. */
@Component
class HelpCommand implements CommandHandler {

    @Override
    public List<String> commands() {
        return List.of("help");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t("help.text"));
    }
}
