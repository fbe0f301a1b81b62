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

    /** Whether {@code username} (as in {@code /help@name} or a message's author) is this bot. */
    boolean isMe(String username) {
        return username != null && username.equalsIgnoreCase(this.username);
    }

    Optional<String> username() {
        return Optional.ofNullable(username);
    }
}
