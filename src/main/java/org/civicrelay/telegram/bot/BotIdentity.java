package org.civicrelay.telegram.bot;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The bot's own id and username, learnt from getMe: the id tells the bot's messages apart from others'
 * (a reply to a card, to a relayed message), the username recognises {@code /help@name} in groups.
 * Nothing about the people it talks to is read here.
 */
@Component
class BotIdentity {

    private volatile Long id;
    private volatile String botUsername;

    void learn(long id, String username) {
        this.id = id;
        this.botUsername = username;
    }

    long id() {
        return id;
    }

    /** Whether a command addressed as {@code /command@name} is meant for this bot. */
    boolean isAddressedToMe(String name) {
        return name != null && name.equalsIgnoreCase(botUsername);
    }

    /** Whether a message's author is this bot. */
    boolean isMe(User author) {
        return author != null && id != null && id.equals(author.getId());
    }
}
