package org.civicrelay.telegram.chat;

import java.util.List;
import java.util.Optional;

/**
 * A {@link CommandHandler} that says once, in its constructor, its name, where the "/" menu and /help list
 * it, and who may use it ({@code super("queue", MenuEntry.of(Section.MODERATION, 10), Audience.MODERATORS)}),
 * and only says what the command does.
 */
public abstract class AbstractCommandHandler implements CommandHandler {

    private final String name;
    private final MenuEntry menu;
    private final Audience audience;

    protected AbstractCommandHandler(String name, MenuEntry menu, Audience audience) {
        this.name = name;
        this.menu = menu;
        this.audience = audience;
    }

    /** A command for activists, in private chats. */
    protected AbstractCommandHandler(String name, MenuEntry menu) {
        this(name, menu, Audience.ACTIVISTS);
    }

    @Override
    public final List<String> commands() {
        return List.of(name);
    }

    @Override
    public final Optional<MenuEntry> menu() {
        return Optional.of(menu);
    }

    @Override
    public final Audience audience() {
        return audience;
    }
}
