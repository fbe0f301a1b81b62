package org.civicrelay.telegram.mydata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicrelay.config.WorkshopSettings;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.port.DeepLink;
import org.civicrelay.telegram.chat.port.StartMenu;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.ModeratorPresence;
import org.springframework.stereotype.Component;

/**
 * /start: whom the bot speaks for (the workshop and the operator, from the settings), what it is for, the
 * one risk a person must know before writing (Telegram itself sees who writes to the bot), and buttons for
 * what to do next. {@code /start PAYLOAD} (a link from a handout or a QR code) opens what it points to
 * instead: a recommendation, or a new suggestion (in a working group).
 */
@Component
class StartCommand extends AbstractCommandHandler {

    private final ModeratorPresence moderators;
    private final List<DeepLink> links;
    private final List<StartMenu> menu;
    private final WorkshopSettings workshop;

    StartCommand(ModeratorPresence moderators, List<DeepLink> links, List<StartMenu> menu, WorkshopSettings workshop) {
        super("start", MenuEntry.of(MenuEntry.Section.GENERAL, 120));
        this.moderators = moderators;
        this.links = links;
        this.menu = menu.stream()
                .sorted(Comparator.comparingInt(StartMenu::position))
                .toList();
        this.workshop = workshop;
    }

    @Override
    public void handle(Interaction in) {
        if (!in.isGroupChat()) {
            moderators.started(in.userId(), in.user());
        }
        String payload = in.text() == null ? "" : in.text().strip();
        if (!payload.isEmpty() && payload.matches("[A-Za-z0-9_-]{1,64}")) {
            for (DeepLink link : links) {
                if (link.open(in, payload)) {
                    return;
                }
            }
        }
        in.reply(greeting(in), keyboard(in));
    }

    private String greeting(Interaction in) {
        String intro = workshop.workshopName()
                .map(name -> in.t("start.intro", Html.escape(name.in(in.locale()))))
                .orElseGet(() -> in.t("start.intro.unnamed"));
        String operator = workshop.operatorName()
                .map(name -> "\n" + in.t("start.operator", Html.escape(name.in(in.locale()))))
                .orElse("");
        return intro + operator + "\n\n" + in.t("start.safety");
    }

    /** Two buttons a row: short labels fit a phone's width. */
    private Keyboard keyboard(Interaction in) {
        List<Button> buttons = menu.stream().map(item -> item.button(in)).toList();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 2) {
            rows.add(buttons.subList(i, Math.min(buttons.size(), i + 2)));
        }
        return new Keyboard(rows);
    }
}
