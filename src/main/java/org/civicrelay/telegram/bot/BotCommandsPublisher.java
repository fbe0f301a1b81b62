package org.civicrelay.telegram.bot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.civicrelay.logging.LogSafe;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.CommandDirectory;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.ModeratorChat;
import org.civicrelay.telegram.outbox.ModeratorPresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fills the "/" menu, in English, Russian and Ukrainian (Telegram shows the one of each person's app): the
 * activists' commands in private chats; the
 * moderators' commands in the moderators' chat; both in the private chats of moderators who have started
 * the bot (Telegram refuses a menu for a chat the bot has never seen).
 */
@Component
class BotCommandsPublisher implements CommandDirectory {

    private static final Logger log = LoggerFactory.getLogger(BotCommandsPublisher.class);

    private final TelegramClient client;
    private final List<CommandHandler> handlers;
    private final Texts texts;
    private final ModeratorChat moderatorChat;
    private final ModeratorPresence moderators;

    BotCommandsPublisher(
            TelegramClient client,
            List<CommandHandler> handlers,
            Texts texts,
            ModeratorChat moderatorChat,
            ModeratorPresence moderators) {
        this.client = client;
        this.handlers = handlers;
        this.texts = texts;
        this.moderatorChat = moderatorChat;
        this.moderators = moderators;
    }

    void publish() {
        publish(new BotCommandScopeAllPrivateChats(), "private chats", Audience.ACTIVISTS);
        moderatorChat
                .current()
                .ifPresent(chat ->
                        publish(new BotCommandScopeChat(chat.toString()), "the moderators' chat", Audience.MODERATORS));
        for (long moderator : moderators.reachableModerators()) {
            publish(
                    new BotCommandScopeChat(Long.toString(moderator)),
                    "a moderator's chat",
                    Audience.ACTIVISTS,
                    Audience.MODERATORS);
        }
    }

    private void publish(BotCommandScope scope, String where, Audience... audiences) {
        try {
            client.execute(SetMyCommands.builder()
                    .commands(commands(Locale.ENGLISH, audiences))
                    .scope(scope)
                    .build());
            for (Locale language : List.of(Texts.RUSSIAN, Texts.UKRAINIAN)) {
                client.execute(SetMyCommands.builder()
                        .commands(commands(language, audiences))
                        .scope(scope)
                        .languageCode(language.getLanguage())
                        .build());
            }
        } catch (TelegramApiException e) {
            // Not fatal: the commands work without the menu, and the next start tries again.
            log.warn(
                    "Setting the command menu for {} failed ({})",
                    where,
                    e.getClass().getSimpleName(),
                    LogSafe.redact(e));
        }
    }

    List<BotCommand> commands(Locale locale) {
        return commands(locale, Audience.ACTIVISTS);
    }

    List<BotCommand> commands(Locale locale, Audience... audiences) {
        return Stream.of(audiences)
                .flatMap(audience -> listed(audience).stream())
                .map(command -> new BotCommand(command.name(), description(locale, command.name())))
                .toList();
    }

    @Override
    public List<Listed> listed(Audience audience) {
        return handlers.stream()
                .filter(handler ->
                        handler.audience() == audience && handler.menu().isPresent())
                .map(handler ->
                        new Listed(handler.commands().get(0), handler.menu().get()))
                .sorted(Comparator.comparingInt(command -> command.entry().position()))
                .toList();
    }

    /** A moderators' command added without its own menu text still gets a generic one rather than failing. */
    private String description(Locale locale, String command) {
        try {
            return texts.get(locale, "menu." + command);
        } catch (NoSuchMessageException e) {
            return texts.get(locale, "menu.moderators-command");
        }
    }
}
