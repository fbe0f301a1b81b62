package org.civicrelay.telegram.mydata;

import java.util.List;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** /forget: what will be erased and what stays, and a confirmation; nothing happens before the press. */
@Component
class ForgetCommand extends AbstractCommandHandler {

    private final PrivacyFigures figures;

    ForgetCommand(PrivacyFigures figures) {
        super("forget", MenuEntry.of(MenuEntry.Section.YOUR_DATA, 100));
        this.figures = figures;
    }

    @Override
    public void handle(Interaction in) {
        in.reply(
                in.t("forget.ask", figures.spamBlockHours()),
                Keyboard.of(
                        List.of(ForgetButton.button(in.t("button.forget"), ForgetButton.Press.ALL)),
                        List.of(ForgetButton.button(in.t("button.forget-with-text"), ForgetButton.Press.WITH_TEXT)),
                        List.of(ForgetButton.button(in.t("button.keep"), ForgetButton.Press.KEEP))));
    }
}
