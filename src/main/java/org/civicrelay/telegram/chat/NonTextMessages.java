package org.civicrelay.telegram.chat;

import org.civicrelay.suggestion.DraftStep;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Photos, voice, files, contacts, locations: the bot accepts text only and never stores or passes on
 * anything else. A shared contact or location is also removed from the chat, since it can identify the
 * person holding the phone.
 */
@Component
public class NonTextMessages {

    private final SuggestionFlow flow;

    NonTextMessages(SuggestionFlow flow) {
        this.flow = flow;
    }

    public void handle(Interaction interaction, Message message) {
        if (message.hasContact() || message.hasLocation() || message.getVenue() != null) {
            interaction.deleteUserMessage();
            interaction.reply(interaction.t("media.personal-data-removed"));
            return;
        }
        if (!isContentFromPerson(message)) {
            return; // service messages (timers, pins...) need no answer
        }
        boolean writing = flow.current(interaction.user())
                .filter(draft -> draft.step() == DraftStep.WRITING).isPresent();
        interaction.reply(interaction.t(writing ? "suggest.text-only" : "media.text-only"));
    }

    private static boolean isContentFromPerson(Message message) {
        return message.hasPhoto() || message.hasVideo() || message.hasVoice() || message.hasAudio()
                || message.hasDocument() || message.hasSticker() || message.hasAnimation() || message.hasVideoNote()
                || message.hasPoll() || message.hasDice() || message.hasStory() || message.hasPaidMedia()
                || message.hasChecklist() || message.hasLivePhoto() || message.hasGame();
    }
}
