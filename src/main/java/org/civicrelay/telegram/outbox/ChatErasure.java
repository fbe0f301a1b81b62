package org.civicrelay.telegram.outbox;

import org.civicrelay.privacy.ChatGone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the adapter keeps about a chat goes when the chat is gone or its person asks to be forgotten:
 * messages waiting to be sent, the moderator-presence mark, and (unless the person may still want /wipe
 * within Telegram's 48 hours, after /forget) the ids of deletable messages.
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
        if (!gone.forgetRequested()) {
            deletableMessages.forget(gone.chat());
        }
    }
}
