package org.civicrelay.telegram.triage;

import org.civicrelay.moderation.ModeratorThreads;
import org.civicrelay.privacy.Identities;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.springframework.stereotype.Component;

/**
 * A moderator replying to a card (or to an author's answer, or a note's confirmation under it) writes an
 * internal note on that suggestion: replying is how people discuss in a group, so a reply never reaches the
 * author by itself. The bot confirms the note with a button that sends it to the author, for replies that
 * were meant for them; /reply does the same in one step. Works in privacy mode, which passes replies to
 * the bot's messages.
 */
@Component
class CardReplyText implements TextHandler {

    private final ModeratorThreads threads;
    private final Identities identities;
    private final ModeratorNotes notes;

    CardReplyText(ModeratorThreads threads, Identities identities, ModeratorNotes notes) {
        this.threads = threads;
        this.identities = identities;
        this.notes = notes;
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
                    notes.keep(in, ref, in.text(), true);
                    return true;
                })
                .orElse(false);
    }
}
