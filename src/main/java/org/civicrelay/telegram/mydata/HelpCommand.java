package org.civicrelay.telegram.mydata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.CommandDirectory;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * /help: every listed command by section, one line each ({@code help.<name>}, or the menu text). Built from
 * the commands themselves, so that a new command appears here without editing this class or its text;
 * moderators also see their own commands.
 */
@Component
class HelpCommand extends AbstractCommandHandler {

    /** The directory lists this command too, so it is looked up when needed, not at construction. */
    private final ObjectProvider<CommandDirectory> directory;

    HelpCommand(ObjectProvider<CommandDirectory> directory) {
        super("help", MenuEntry.of(MenuEntry.Section.GENERAL, 70));
        this.directory = directory;
    }

    @Override
    public void handle(Interaction in) {
        Map<MenuEntry.Section, List<String>> sections = new EnumMap<>(MenuEntry.Section.class);
        List<CommandDirectory.Listed> commands =
                new ArrayList<>(directory.getObject().listed(Audience.ACTIVISTS));
        if (in.isModerator()) {
            commands.addAll(directory.getObject().listed(Audience.MODERATORS));
        }
        for (CommandDirectory.Listed command : commands) {
            sections.computeIfAbsent(command.entry().section(), section -> new ArrayList<>())
                    .add(line(in, command.name()));
        }
        StringBuilder text = new StringBuilder(in.t("help.title"));
        sections.forEach((section, lines) -> text.append("\n\n")
                .append(in.t("help.section." + section.name().toLowerCase(Locale.ROOT)))
                .append('\n')
                .append(String.join("\n", lines)));
        in.reply(text.append("\n\n").append(in.t("help.footer")).toString());
    }

    private static String line(Interaction in, String command) {
        try {
            return in.t("help." + command);
        } catch (NoSuchMessageException noLongerText) {
            return "/" + command + " \u2013 " + in.t("menu." + command);
        }
    }
}
