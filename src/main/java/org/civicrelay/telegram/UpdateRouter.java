package org.civicrelay.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicrelay.config.BotSettings;
import org.civicrelay.privacy.Identities;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends each update to the one handler that owns it: commands by name, buttons by the prefix of their
 * data, plain text to the conversation in progress, everything else to a short explanation or to
 * deliberate silence. The bot talks only in private chats (and, for moderators, in their chat).
 */
@Component
class UpdateRouter {

    private final Map<String, CommandHandler> commands;
    private final Map<String, ButtonHandler> buttons;
    private final List<TextHandler> textHandlers;
    private final NonTextMessages nonText;
    private final ChatMembership membership;
    private final Outbox outbox;
    private final Texts texts;
    private final Identities identities;

    UpdateRouter(List<CommandHandler> commands, List<ButtonHandler> buttons, List<TextHandler> textHandlers,
            NonTextMessages nonText, ChatMembership membership, Outbox outbox, Texts texts, Identities identities) {
        this.commands = commands.stream()
                .flatMap(handler -> handler.commands().stream().map(name -> Map.entry(name, handler)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.buttons = buttons.stream().collect(Collectors.toUnmodifiableMap(ButtonHandler::prefix, Function.identity()));
        this.textHandlers = textHandlers;
        this.nonText = nonText;
        this.membership = membership;
        this.outbox = outbox;
        this.texts = texts;
        this.identities = identities;
    }

    void route(Update update) {
        if (update.hasMessage()) {
            message(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            callback(update.getCallbackQuery());
        } else if (update.hasEditedMessage()) {
            edited(update.getEditedMessage());
        } else if (update.hasMyChatMember()) {
            membership.changed(update.getMyChatMember());
        }
        // Anything else (channel posts, inline queries, reactions...) is ignored on purpose.
    }

    private void message(Message message) {
        User from = message.getFrom();
        Chat chat = message.getChat();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || chat == null || !"private".equals(chat.getType())) {
            return; // groups other than the moderators' chat get silence; moderation arrives in its own handlers
        }
        String text = message.getText();
        if (text == null) {
            nonText.handle(interaction(chat, from, null, message.getMessageId(), null), message);
            return;
        }
        if (text.startsWith("/")) {
            String[] parts = text.substring(1).split("\\s+", 2);
            String name = parts[0].split("@", 2)[0].toLowerCase(Locale.ROOT);
            Interaction interaction = interaction(chat, from, parts.length > 1 ? parts[1].strip() : "", message.getMessageId(), null);
            CommandHandler handler = commands.get(name);
            if (handler == null) {
                interaction.reply(interaction.t("command.unknown"));
            } else {
                handler.handle(interaction);
            }
            return;
        }
        Interaction interaction = interaction(chat, from, text, message.getMessageId(), null);
        for (TextHandler handler : textHandlers) {
            if (handler.handle(interaction)) {
                return;
            }
        }
        interaction.reply(interaction.t("text.unexpected"));
    }

    private void callback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        User from = query.getFrom();
        if (message == null || message.getChat() == null || from == null) {
            return; // inline-mode buttons; this bot sends none
        }
        Interaction interaction = interaction(message.getChat(), from, null, message.getMessageId(), query.getId());
        String data = query.getData() == null ? "" : query.getData();
        int colon = data.indexOf(':');
        ButtonHandler handler = colon > 0 ? buttons.get(data.substring(0, colon)) : null;
        if (handler == null || !"private".equals(message.getChat().getType())) {
            interaction.answer(interaction.t("button.stale"));
            return;
        }
        handler.handle(interaction, data.substring(colon + 1));
        if (!interaction.answered()) {
            interaction.answer(null);
        }
    }

    private void edited(Message message) {
        if (message.getChat() != null && "private".equals(message.getChat().getType()) && message.getFrom() != null) {
            Interaction interaction = interaction(message.getChat(), message.getFrom(), null, message.getMessageId(), null);
            interaction.reply(interaction.t("text.edited"));
        }
    }

    private Interaction interaction(Chat chat, User from, String text, Integer messageId, String callbackId) {
        boolean group = !"private".equals(chat.getType());
        return new Interaction(chat.getId(), group, from.getId(), identities.pseudonym(from.getId()),
                texts.localeFor(from.getLanguageCode()), text, messageId, callbackId, outbox, texts);
    }
}
