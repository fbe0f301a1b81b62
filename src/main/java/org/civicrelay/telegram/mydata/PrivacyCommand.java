package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.MenuEntry;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * /privacy: exactly what is stored, for how long at most, who sees it, and how to erase it: every period
 * from the settings the bot runs with.
 */
@Component
class PrivacyCommand implements CommandHandler {

    private final PrivacyFigures figures;

    PrivacyCommand(PrivacyFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<String> commands() {
        return List.of("privacy");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.YOUR_DATA, 80));
    }

    @Override
    public void handle(Interaction in) {
        String timing = figures.cardDelayMinutes() > 0 ? "\n\n" + in.t("privacy.kept.timing", figures.cardDelayMinutes()) : "";
        in.reply(in.t("privacy.kept", figures.draftHours(), figures.handledUpdateDays(), figures.textDays(),
                figures.rowDays(), figures.relayDays(), figures.windowHours(), figures.deletableHours())
                + "\n\n" + in.t("privacy.kept.moderation", figures.spamBlockHours(), figures.relayDays()) + timing);
    }
}
