package org.civicrelay.telegram.suggest;

import java.util.List;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MessageContent;
import org.civicrelay.telegram.chat.NonTextHandler;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * Photos, voice, files, contacts, locations: the bot accepts text only and never stores or passes on
 * anything else, and says why (they can give away who sent them). A shared contact or location is removed
 * from the chat at once; for anything else the person is offered to remove it.
 */
@Component
class NonTextMessages implements NonTextHandler {

    @Override
    public void handle(Interaction interaction, MessageContent content) {
        if (content == MessageContent.PERSONAL_DATA) {
            interaction.deleteUserMessage();
            interaction.reply(interaction.t("media.personal-data-removed"));
            return;
        }
        if (content == MessageContent.SERVICE) {
            return; // service messages (timers, pins...) need no answer
        }
        // The offer answers the message, so that the press knows which one to delete without storing it.
        interaction.replyToMessage(
                interaction.t("media.text-only"),
                Keyboard.of(
                        List.of(MediaButton.button(interaction.t("button.media.delete"), true)),
                        List.of(MediaButton.button(interaction.t("button.media.keep"), false))));
    }
}
