package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The users' side of the fake: what people do in Telegram (write, edit, press, block) becomes chat history
 * and updates for the bot, built the way the real server builds them.
 */
final class Conversations {

    private static final Pattern COMMAND = Pattern.compile("(?<!\\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?");

    private final FakeContext ctx;

    Conversations(FakeContext ctx) {
        this.ctx = ctx;
    }

    /** A user (or, with {@code from} null, a channel) writes into a chat; returns the new message's id. */
    int write(FakeUser from, long chatId, String kind, String text, ObjectNode media, Integer replyTo) {
        return ctx.store.read(() -> {
            FakeChat chat = existing(chatId);
            if (chat.isPrivate()) {
                if (chat.bot == FakeChat.Membership.KICKED) {
                    // Telegram's "Restart" button: writing to a blocked bot unblocks it first.
                    changeBotStatus(chat, ctx.wire.user(from), FakeChat.Membership.MEMBER);
                } else if (chat.bot == FakeChat.Membership.NONE) {
                    chat.bot = FakeChat.Membership.MEMBER;
                }
            } else if (from != null) {
                chat.members.add(from.id());
            }
            StoredMessage message =
                    new StoredMessage(chatId, chat.nextMessageId(), from, false, ctx.clock.now(), kind, media);
            message.text = text;
            message.plainText = text;
            message.entities = text == null ? List.of() : commandEntities(text);
            if (replyTo != null) {
                StoredMessage replied = chat.message(replyTo);
                if (replied == null || replied.deleted) {
                    throw new AssertionError(
                            "cannot reply to message #" + replyTo + ": not in the chat\n" + chat.describe());
                }
                message.replyToMessageId = replyTo;
            }
            chat.messages.add(message);
            if (reachesBot(chat, message)) {
                ctx.enqueue(chat.type.equals("channel") ? "channel_post" : "message", ctx.wire.message(chat, message));
            }
            return message.messageId;
        });
    }

    /** The user edits their latest text message in the chat; returns its id. */
    int editLast(FakeUser from, long chatId, String newText) {
        return ctx.store.read(() -> {
            FakeChat chat = existing(chatId);
            StoredMessage last = null;
            for (StoredMessage message : chat.messages) {
                if (message.sender == from && !message.deleted && "text".equals(message.kind)) {
                    last = message;
                }
            }
            if (last == null) {
                throw new AssertionError("user " + from.id() + " has no text message to edit\n" + chat.describe());
            }
            return edited(chat, last, newText);
        });
    }

    /** The user edits one of their text messages in the chat, by its id; returns that id. */
    int edit(FakeUser from, long chatId, int messageId, String newText) {
        return ctx.store.read(() -> {
            FakeChat chat = existing(chatId);
            StoredMessage message = chat.message(messageId);
            if (message == null || message.sender != from || message.deleted || !"text".equals(message.kind)) {
                throw new AssertionError(
                        "user " + from.id() + " has no text message #" + messageId + " to edit\n" + chat.describe());
            }
            return edited(chat, message, newText);
        });
    }

    private int edited(FakeChat chat, StoredMessage message, String newText) {
        message.text = newText;
        message.plainText = newText;
        message.entities = commandEntities(newText);
        message.editCount++;
        message.editedAt = ctx.clock.now();
        if (reachesBot(chat, message)) {
            ctx.enqueue("edited_message", ctx.wire.message(chat, message));
        }
        return message.messageId;
    }

    /**
     * Presses a button of a bot message: by label (or callback data, unless only labels may be pressed) unless
     * {@code forged}, in which case
     * {@code labelOrData} is sent as callback data whatever the keyboard says. Returns the callback query id.
     */
    String press(FakeUser from, long chatId, int messageId, String labelOrData, boolean forged) {
        return ctx.store.read(() -> {
            FakeChat chat = existing(chatId);
            StoredMessage message = chat.message(messageId);
            if (message == null || !message.fromBot) {
                throw new AssertionError("no bot message #" + messageId + " to press a button on\n" + chat.describe());
            }
            if (message.deleted) {
                throw new AssertionError(
                        "message #" + messageId + " was deleted, its buttons are gone\n" + chat.describe());
            }
            String data = labelOrData;
            if (!forged) {
                BotMessage shown = message.toBotMessage();
                Optional<Button> button = ctx.pressByLabelOnly
                        ? shown.allButtons().stream()
                                .filter(b -> b.text().equals(labelOrData))
                                .findFirst()
                        : shown.button(labelOrData);
                if (button.isEmpty()) {
                    throw new AssertionError("message #" + messageId + " has no button \"" + labelOrData + "\""
                            + (ctx.pressByLabelOnly
                                    ? " (buttons are pressed by label: " + shown.buttonLabels() + ")"
                                    : "")
                            + "\n" + chat.describe());
                }
                if (button.get().callbackData() == null) {
                    throw new AssertionError("button \"" + labelOrData + "\" has no callback_data (url: "
                            + button.get().url() + ")");
                }
                data = button.get().callbackData();
            }
            CallbackPress press = ctx.callbacks.issue(from.id(), chatId, messageId, data);
            ObjectNode query = ctx.wire.object().put("id", press.id());
            query.set("from", ctx.wire.user(from));
            query.set("message", ctx.wire.message(chat, message));
            query.put("chat_instance", Long.toString(Math.abs(chatId * 7919L + 104729L)));
            query.put("data", data);
            ctx.enqueue("callback_query", query);
            return press.id();
        });
    }

    /** Changes the bot's standing in a chat and tells the bot with a {@code my_chat_member} update. */
    void changeBotStatus(FakeChat chat, ObjectNode by, FakeChat.Membership next) {
        ctx.store.read(() -> {
            String oldStatus = status(chat, chat.bot);
            chat.bot = next;
            ctx.enqueue(
                    "my_chat_member",
                    ctx.wire.chatMemberUpdated(chat, by, ctx.clock.epochSeconds(), oldStatus, status(chat, next)));
            return null;
        });
    }

    String inlineQuery(FakeUser from, String query) {
        String id = Long.toUnsignedString(Math.abs(from.id() * 31L + System.nanoTime()));
        ObjectNode node = ctx.wire.object().put("id", id);
        node.set("from", ctx.wire.user(from));
        node.put("query", query).put("offset", "").put("chat_type", "sender");
        ctx.enqueue("inline_query", node);
        return id;
    }

    /** The ChatMember status Telegram shows for the bot's standing. */
    static String status(FakeChat chat, FakeChat.Membership membership) {
        return switch (membership) {
            case MEMBER, DEACTIVATED -> chat.botAdmin ? "administrator" : "member";
            case RESTRICTED -> "restricted";
            case KICKED -> "kicked";
            case LEFT -> "left";
            case NONE -> chat.isPrivate() ? "member" : "left";
        };
    }

    /** With privacy mode on (BotFather's default) a bot in a group sees only what is meant for it. */
    private boolean reachesBot(FakeChat chat, StoredMessage message) {
        if (chat.isPrivate()) {
            return true;
        }
        if (!chat.botPresent()) {
            return false;
        }
        if (!ctx.groupPrivacy || chat.botAdmin || chat.type.equals("channel")) {
            return true;
        }
        String text = message.plainText == null ? "" : message.plainText;
        String mention = "@" + FakeContext.BOT_USERNAME.toLowerCase(Locale.ROOT);
        if (text.startsWith("/")) {
            String command = text.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
            return !command.contains("@") || command.endsWith(mention);
        }
        if (text.toLowerCase(Locale.ROOT).contains(mention)) {
            return true;
        }
        StoredMessage replied = message.replyToMessageId == null ? null : chat.message(message.replyToMessageId);
        return replied != null && replied.fromBot;
    }

    /** A chat people can act in: an upgraded basic group is read-only, its members act in the supergroup. */
    private FakeChat existing(long chatId) {
        FakeChat chat = ctx.store.find(chatId);
        if (chat == null) {
            throw new IllegalStateException("no fake chat " + chatId);
        }
        if (chat.migratedTo != null) {
            throw new IllegalStateException("group " + chatId + " was upgraded to supergroup " + chat.migratedTo
                    + "; its members write and press buttons there now");
        }
        return chat;
    }

    /** {@code bot_command} entities for every /command that starts a word, as Telegram marks them. */
    static List<TextEntity> commandEntities(String text) {
        List<TextEntity> entities = new ArrayList<>();
        Matcher matcher = COMMAND.matcher(text);
        while (matcher.find()) {
            entities.add(TextEntity.of("bot_command", matcher.start(), matcher.end() - matcher.start()));
        }
        return List.copyOf(entities);
    }
}
