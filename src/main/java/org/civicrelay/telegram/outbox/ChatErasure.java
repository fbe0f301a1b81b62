package org.civicrelay.telegram.outbox;

import org.civicrelay.privacy.ChatGone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the adapter keeps about a chat goes when the chat is gone or its person asks to be forgotten:
 * messages waiting to be sent, the moderator-presence mark, and the ids of deletable messages (after
 * /forget the bot can no longer wipe the conversation: the texts say so, and offer /wipe first).
 */
@Component
class ChatErasure {

    private final OutboxRepository outbox;
    private final DeletableMessages deletableMessages;
    private final ModeratorPresence moderators;

    ChatErasure(OutboxRepository outbox, DeletableMessages deletableMessages, ModeratorPresence moderators) {
        this.outbox = outbox;
        this.deletableMessages = deletableMessages;
        this.moderators = moderators;
    }

    @EventListener
    void on(ChatGone gone) {
        outbox.deleteChat(gone.chat().value());
        moderators.forget(gone.chat());
        deletableMessages.forget(gone.chat());
    }
}
