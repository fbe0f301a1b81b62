package org.civicrelay.telegram.suggest;

import org.civicrelay.suggestion.DraftStep;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MessageContent;
import org.civicrelay.telegram.chat.NonTextHandler;

/**
 * Photos, voice, files, contacts, locations: the bot accepts text only and never stores or passes on
 * anything else. A shared contact or location is also removed from the chat, since it can identify the
 * person holding the phone.
 */
@Component
class NonTextMessages implements NonTextHandler {

    private final SuggestionFlow flow;

    NonTextMessages(SuggestionFlow flow) {
        this.flow = flow;
    }

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
        boolean writing = flow.current(interaction.user())
                .filter(draft -> draft.step() == DraftStep.WRITING).isPresent();
        interaction.reply(interaction.t(writing ? "suggest.text-only" : "media.text-only"));
    }
}
