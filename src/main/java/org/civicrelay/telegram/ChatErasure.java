package org.civicrelay.telegram;

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
    private final ChatLog chatLog;
    private final ModeratorPresence moderators;

    ChatErasure(OutboxRepository outbox, ChatLog chatLog, ModeratorPresence moderators) {
        this.outbox = outbox;
        this.chatLog = chatLog;
        this.moderators = moderators;
    }

    @EventListener
    void on(ChatGone gone) {
        outbox.deleteChat(gone.chat().value());
        moderators.forget(gone.chat());
        if (!gone.forgetRequested()) {
            chatLog.forget(gone.chat());
        }
    }
}
