package org.civicrelay.telegram;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.User;

/** The bot's own username, learnt from getMe, to recognise commands addressed to it in groups. */
@Component
class BotIdentity {

    private volatile String username;

    void learn(User me) {
        this.username = me.getUserName();
    }

    Optional<String> username() {
        return Optional.ofNullable(username);
    }
}
