package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /privacy: exactly what is stored, for how long, who sees it, and how to erase it. */
@Component
class PrivacyCommand extends AbstractCommandHandler {

    private final PrivacyNotice notice;

    PrivacyCommand(PrivacyNotice notice) {
        super("privacy", MenuEntry.of(MenuEntry.Section.YOUR_DATA, 80));
        this.notice = notice;
    }

    @Override
    public void handle(Interaction in) {
        in.reply(notice.text(in));
    }
}
