package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** /forget: what will be erased and what stays, and a confirmation; nothing happens before the press. */
@Component
class ForgetCommand implements CommandHandler {

    private final PrivacyFigures figures;

    ForgetCommand(PrivacyFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<String> commands() {
        return List.of("forget");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.YOUR_DATA, 100));
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
