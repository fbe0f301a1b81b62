package org.civicrelay.telegram.suggest;

import java.util.List;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.StrayTextHandler;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * A text outside any conversation (people write first and look for commands later): kept nowhere, and
 * offered to be sent as a suggestion. The offer answers the message, which is read back from it on the press.
 * A text that answers one of the bot's messages that nothing recognises (an answer whose moment has
 * passed) says so as well.
 */
@Component
class StrayText implements StrayTextHandler {

    @Override
    public void handle(Interaction in) {
        String intro = in.replyToMessageId().isPresent() ? in.t("stray.unmatched-reply") + "\n\n" : "";
        in.replyToMessage(
                intro + in.t("stray.offer"),
                Keyboard.of(
                        List.of(StrayButton.button(in.t("button.stray.suggest"), true)),
                        List.of(StrayButton.button(in.t("button.stray.no"), false))));
    }
}
