package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /reply S-7KQ3X text: a moderator writes to the author of a suggestion, through the bot. */
@Component
class ReplyCommand extends AbstractCommandHandler {

    private final ModeratorReplies replies;

    ReplyCommand(ModeratorReplies replies) {
        super("reply", MenuEntry.of(MenuEntry.Section.MODERATION, 20), Audience.MODERATORS);
        this.replies = replies;
    }

    @Override
    public void handle(Interaction in) {
        Optional<References.WithText> argument = References.withText(in.text());
        if (argument.isEmpty() || argument.get().text().isEmpty()) {
            in.reply(in.t("reply.usage"));
            return;
        }
        replies.send(in, argument.get().ref(), argument.get().text().get());
    }
}
