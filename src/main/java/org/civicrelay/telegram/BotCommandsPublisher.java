package org.civicrelay.telegram;

import java.util.List;
import java.util.Locale;
import org.civicrelay.privacy.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Fills the "/" menu of private chats with the activists' commands, in English and in Russian. */
@Component
class BotCommandsPublisher {

    private static final Logger log = LoggerFactory.getLogger(BotCommandsPublisher.class);

    private final TelegramClient client;
    private final List<CommandHandler> handlers;
    private final Texts texts;

    BotCommandsPublisher(TelegramClient client, List<CommandHandler> handlers, Texts texts) {
        this.client = client;
        this.handlers = handlers;
        this.texts = texts;
    }

    void publish() {
        try {
            client.execute(SetMyCommands.builder().commands(commands(Locale.ENGLISH))
                    .scope(new BotCommandScopeAllPrivateChats()).build());
            client.execute(SetMyCommands.builder().commands(commands(Texts.RUSSIAN))
                    .scope(new BotCommandScopeAllPrivateChats()).languageCode("ru").build());
        } catch (TelegramApiException e) {
            // Not fatal: the commands work without the menu, and the next start tries again.
            log.warn("Setting the command menu failed ({})", e.getClass().getSimpleName(), LogSafe.redact(e));
        }
    }

    List<BotCommand> commands(Locale locale) {
        return handlers.stream()
                .filter(handler -> handler.listed() && handler.audience() == Audience.ACTIVISTS)
                .map(handler -> handler.commands().get(0))
                .sorted(java.util.Comparator.comparingInt(CommandMenu::position))
                .map(name -> new BotCommand(name, texts.get(locale, "menu." + name)))
                .toList();
    }
}
