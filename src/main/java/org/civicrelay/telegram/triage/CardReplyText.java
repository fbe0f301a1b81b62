package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.moderation.ModeratorThreads;
import org.civicrelay.privacy.Identities;
import org.springframework.stereotype.Component;

/**
 * A moderator replying to a card (or to an author's answer under it) writes to that author: the same as
 * /reply, without typing the reference. Works in privacy mode, which passes replies to the bot's messages.
 */
@Component
class CardReplyText implements TextHandler {

    private final ModeratorThreads threads;
    private final Identities identities;
    private final ModeratorReplies replies;

    CardReplyText(ModeratorThreads threads, Identities identities, ModeratorReplies replies) {
        this.threads = threads;
        this.identities = identities;
        this.replies = replies;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public boolean handle(Interaction in) {
        return in.replyToMessageId()
                .flatMap(messageId -> threads.find(identities.pseudonym(in.chatId()), messageId))
                .map(ref -> {
                    replies.send(in, ref, in.text());
                    return true;
                })
                .orElse(false);
    }
}
