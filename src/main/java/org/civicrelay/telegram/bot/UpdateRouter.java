package org.civicrelay.telegram.bot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicrelay.config.BotSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.EditHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Languages;
import org.civicrelay.telegram.chat.NonTextHandler;
import org.civicrelay.telegram.chat.StrayTextHandler;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.DeletableMessages;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.ModeratorChat;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
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
    private final Map<String, ButtonHandler<?>> buttons;
    private final List<TextHandler> textHandlers;
    private final NonTextHandler nonText;
    private final StrayTextHandler strayText;
    private final List<EditHandler> editHandlers;
    private final Languages languages;
    private final ChatMembership membership;
    private final Outbox outbox;
    private final Texts texts;
    private final Identities identities;
    private final BotSettings settings;
    private final BotIdentity identity;
    private final DeletableMessages deletableMessages;
    private final ModeratorChat moderatorChat;

    UpdateRouter(
            List<CommandHandler> commands,
            List<ButtonHandler<?>> buttons,
            List<TextHandler> textHandlers,
            NonTextHandler nonText,
            StrayTextHandler strayText,
            List<EditHandler> editHandlers,
            Languages languages,
            ChatMembership membership,
            Outbox outbox,
            Texts texts,
            Identities identities,
            BotSettings settings,
            BotIdentity identity,
            DeletableMessages deletableMessages,
            ModeratorChat moderatorChat) {
        this.strayText = strayText;
        this.editHandlers = editHandlers;
        this.languages = languages;
        this.moderatorChat = moderatorChat;
        this.deletableMessages = deletableMessages;
        this.commands = commands.stream()
                .flatMap(handler -> handler.commands().stream().map(name -> Map.entry(name, handler)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.buttons =
                buttons.stream().collect(Collectors.toUnmodifiableMap(ButtonHandler::prefix, Function.identity()));
        this.textHandlers = textHandlers;
        this.nonText = nonText;
        this.membership = membership;
        this.outbox = outbox;
        this.texts = texts;
        this.identities = identities;
        this.settings = settings;
        this.identity = identity;
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

    /**
     * An update from someone sending far too fast: not handled. A button press is still answered (the
     * client would spin otherwise); a private chat hears once per flood why nothing happens.
     */
    void throttled(Update update, boolean first) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getMessage().getChat() != null && query.getFrom() != null) {
                Chat chat = query.getMessage().getChat();
                outbox.enqueue(
                        chat.getId(),
                        !"private".equals(chat.getType()),
                        Lane.REPLY,
                        Outbound.answer(
                                query.getId(),
                                texts.get(texts.localeFor(query.getFrom().getLanguageCode()), "flood.slow-down"),
                                false));
            }
        } else if (first
                && update.hasMessage()
                && update.getMessage().getChat() != null
                && "private".equals(update.getMessage().getChat().getType())
                && update.getMessage().getFrom() != null) {
            Message message = update.getMessage();
            outbox.enqueue(
                    message.getChatId(),
                    false,
                    Lane.REPLY,
                    Outbound.send(
                            texts.get(texts.localeFor(message.getFrom().getLanguageCode()), "flood.slow-down"),
                            null,
                            false));
        }
    }

    private void message(Message message) {
        User from = message.getFrom();
        Chat chat = message.getChat();
        if (chat != null && message.getMigrateToChatId() != null) {
            moderatorChat.moved(chat.getId(), message.getMigrateToChatId()); // only the moderators' group is followed
            return;
        }
        if (chat != null && message.getMigrateFromChatId() != null) {
            moderatorChat.moved(message.getMigrateFromChatId(), chat.getId());
            return;
        }
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || chat == null) {
            return;
        }
        boolean privateChat = "private".equals(chat.getType());
        if (!privateChat && !isModeratorsChat(chat)) {
            // A group the bot is in without having seen itself added (e.g. while it was down): silence, and out.
            membership.leave(chat.getId());
            return;
        }
        if (privateChat) {
            deletableMessages.record(identities.pseudonym(chat.getId()), message.getMessageId()); // for /wipe
        }
        String text = message.getText();
        if (text == null) {
            if (privateChat) {
                nonText.handle(interaction(chat, from, null, message), MessageContents.of(message));
            }
            return;
        }
        if (text.startsWith("/")) {
            command(chat, from, message, text, privateChat);
            return;
        }
        Interaction interaction = interaction(chat, from, text, message);
        Audience audience = privateChat ? null : Audience.MODERATORS;
        if (!privateChat && !interaction.isModerator()) {
            return; // members of the moderators' chat who are not moderators: nothing to do with us
        }
        for (TextHandler handler : textHandlers) {
            if ((audience == null || handler.audience() == audience)
                    && (handler.audience() == Audience.ACTIVISTS || interaction.isModerator())
                    && handler.handle(interaction)) {
                return;
            }
        }
        if (privateChat) {
            strayText.handle(interaction); // not dropped: offered to be sent as a suggestion
        }
    }

    private void command(Chat chat, User from, Message message, String text, boolean privateChat) {
        String[] parts = text.substring(1).split("\\s+", 2);
        String[] nameAndBot = parts[0].split("@", 2);
        if (nameAndBot.length > 1 && !identity.isAddressedToMe(nameAndBot[1])) {
            return; // addressed to another bot in the same group
        }
        String name = nameAndBot[0].toLowerCase(Locale.ROOT);
        Interaction interaction = interaction(chat, from, parts.length > 1 ? parts[1].strip() : "", message);
        CommandHandler handler = commands.get(name);
        if (!privateChat) {
            // In the moderators' chat only moderators' commands exist, and only for moderators. Anyone else
            // gets silence: a refusal posted there would let any member fill the chat (20 messages a minute)
            // and push the moderators' cards back.
            if (handler != null && handler.audience() == Audience.MODERATORS && interaction.isModerator()) {
                handler.handle(interaction);
            }
            return;
        }
        if (handler == null) {
            interaction.reply(interaction.t("command.unknown"));
        } else if (handler.audience() == Audience.MODERATORS && !interaction.isModerator()) {
            interaction.reply(interaction.t("moderator.refused"));
        } else {
            handler.handle(interaction);
        }
    }

    private void callback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        User from = query.getFrom();
        if (message == null || message.getChat() == null || from == null) {
            return; // inline-mode buttons; this bot sends none
        }
        Chat chat = message.getChat();
        boolean privateChat = "private".equals(chat.getType());
        Interaction interaction =
                interaction(chat, from, null, message.getMessageId(), null, query.getId(), quoted(message, from));
        String data = query.getData() == null ? "" : query.getData();
        int colon = data.indexOf(':');
        ButtonHandler<?> handler = colon > 0 ? buttons.get(data.substring(0, colon)) : null;
        boolean placeOk =
                privateChat || (isModeratorsChat(chat) && handler != null && handler.audience() == Audience.MODERATORS);
        if (handler == null || !placeOk) {
            interaction.answer(interaction.t("button.stale"));
            return;
        }
        if (handler.audience() == Audience.MODERATORS && !interaction.isModerator()) {
            interaction.alert(interaction.t("moderator.refused"));
            return;
        }
        press(handler, interaction, data.substring(colon + 1));
        if (!interaction.answered()) {
            interaction.answer(null);
        }
    }

    /** The handler reads its own data back; data it never wrote is a button no longer active. */
    private static <P> void press(ButtonHandler<P> handler, Interaction interaction, String data) {
        handler.parse(data)
                .ifPresentOrElse(
                        press -> handler.handle(interaction, press),
                        () -> interaction.answer(interaction.t("button.stale")));
    }

    private boolean isModeratorsChat(Chat chat) {
        return moderatorChat.is(chat.getId());
    }

    private void edited(Message message) {
        if (message.getChat() != null
                && "private".equals(message.getChat().getType())
                && message.getFrom() != null
                && !Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            Interaction interaction = interaction(message.getChat(), message.getFrom(), message.getText(), message);
            if (message.getText() != null && !message.getText().startsWith("/")) {
                for (EditHandler handler : editHandlers) {
                    if (handler.handle(interaction)) {
                        return;
                    }
                }
            }
            interaction.reply(interaction.t("text.edited"));
        }
    }

    private Interaction interaction(Chat chat, User from, String text, Message message) {
        Message repliedTo = message.getReplyToMessage();
        Integer replyTo = repliedTo != null && identity.isMe(repliedTo.getFrom()) ? repliedTo.getMessageId() : null;
        return interaction(chat, from, text, message.getMessageId(), replyTo, null, null);
    }

    private Interaction interaction(
            Chat chat,
            User from,
            String text,
            Integer messageId,
            Integer replyTo,
            String callbackId,
            Interaction.Quoted quoted) {
        boolean group = !"private".equals(chat.getType());
        Pseudonym user = identities.pseudonym(from.getId());
        return new Interaction(
                chat.getId(),
                group,
                from.getId(),
                user,
                settings.isModerator(from.getId()),
                locale(user, from, !group),
                text,
                messageId,
                replyTo,
                callbackId,
                outbox,
                texts,
                quoted);
    }

    /**
     * The reader's language: the one they chose with /language (private chats only: in the moderators' chat
     * the sender's own language is used), else the one of their Telegram app.
     */
    private Locale locale(Pseudonym user, User from, boolean privateChat) {
        Optional<Locale> chosen = privateChat ? languages.chosen(user) : Optional.empty();
        return chosen.orElseGet(() -> texts.localeFor(from.getLanguageCode()));
    }

    /** The presser's own message that the pressed (bot) message replies to, if it is still there. */
    private static Interaction.Quoted quoted(MaybeInaccessibleMessage pressed, User from) {
        if (pressed instanceof Message message && message.getReplyToMessage() != null) {
            Message quoted = message.getReplyToMessage();
            if (quoted.getFrom() != null && from.getId().equals(quoted.getFrom().getId())) {
                return new Interaction.Quoted(quoted.getMessageId(), quoted.getText());
            }
        }
        return null;
    }
}
