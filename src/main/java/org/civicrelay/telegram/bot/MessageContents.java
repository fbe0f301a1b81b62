package org.civicrelay.telegram.bot;

import org.civicrelay.telegram.chat.MessageContent;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Sorts a message without text into what handlers need to know of it ({@link MessageContent}). */
final class MessageContents {

    private MessageContents() {}

    static MessageContent of(Message message) {
        if (message.hasContact() || message.hasLocation() || message.getVenue() != null) {
            return MessageContent.PERSONAL_DATA;
        }
        return isContentFromPerson(message) ? MessageContent.MEDIA : MessageContent.SERVICE;
    }

    private static boolean isContentFromPerson(Message message) {
        return message.hasPhoto()
                || message.hasVideo()
                || message.hasVoice()
                || message.hasAudio()
                || message.hasDocument()
                || message.hasSticker()
                || message.hasAnimation()
                || message.hasVideoNote()
                || message.hasPoll()
                || message.hasDice()
                || message.hasStory()
                || message.hasPaidMedia()
                || message.hasChecklist()
                || message.hasLivePhoto()
                || message.hasGame();
    }
}
