package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads one chat's bot messages for {@link FakeUser} and {@link FakeGroup}: waiting for them (a bot in another
 * process), or expecting them there now (a bot in the test's thread, which has answered before the action returns).
 */
final class ChatReader {

    private final FakeContext ctx;
    private final long chatId;

    ChatReader(FakeContext ctx, long chatId) {
        this.ctx = ctx;
        this.chatId = chatId;
    }

    List<BotMessage> messages() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null
                    ? List.of()
                    : chat.messages.stream()
                            .filter(m -> m.fromBot && m.visible())
                            .map(StoredMessage::toBotMessage)
                            .toList();
        });
    }

    List<BotMessage> allBotMessages() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null
                    ? List.of()
                    : chat.messages.stream()
                            .filter(m -> m.fromBot)
                            .map(StoredMessage::toBotMessage)
                            .toList();
        });
    }

    List<UserMessage> userMessages() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null
                    ? List.of()
                    : chat.messages.stream()
                            .filter(m -> !m.fromBot)
                            .map(StoredMessage::toUserMessage)
                            .toList();
        });
    }

    BotMessage lastMessage() {
        List<BotMessage> messages = messages();
        if (messages.isEmpty()) {
            throw new AssertionError("the bot has no visible message in this chat\n" + dump());
        }
        return messages.get(messages.size() - 1);
    }

    int lastMessageId() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null ? 0 : chat.lastMessageId();
        });
    }

    /** The newest visible bot message matching {@code condition}, waiting for one. */
    BotMessage await(Predicate<BotMessage> condition, Duration timeout, String what) {
        return Awaits.until(() -> newest(condition), timeout, () -> what + " in chat " + chatId + "\n" + dump());
    }

    /** The newest visible bot message matching {@code condition}, which must be there now. */
    BotMessage now(Predicate<BotMessage> condition, String what) {
        return present(newest(condition), () -> what + " in chat " + chatId);
    }

    /** The first visible bot message sent after message id {@code mark} matching {@code condition}. */
    BotMessage awaitAfter(int mark, Predicate<BotMessage> condition, Duration timeout) {
        return Awaits.until(
                () -> firstAfter(mark, condition),
                timeout,
                () -> "a new bot message (after #" + mark + ") matching the condition in chat " + chatId + "\n"
                        + dump());
    }

    /** The first visible bot message after message id {@code mark} matching {@code condition}, there now. */
    BotMessage nowAfter(int mark, Predicate<BotMessage> condition) {
        return present(
                firstAfter(mark, condition),
                () -> "a new bot message (after #" + mark + ") matching the condition in chat " + chatId);
    }

    /** {@code message} after at least one more edit than the snapshot shows. */
    BotMessage awaitEdit(BotMessage message, Duration timeout) {
        return Awaits.until(
                () -> editOf(message),
                timeout,
                () -> "an edit of message #" + message.messageId() + " in chat " + chatId + "\n" + dump());
    }

    /** {@code message} as it is now, which must have been edited since the snapshot. */
    BotMessage edited(BotMessage message) {
        return present(editOf(message), () -> "an edit of message #" + message.messageId() + " in chat " + chatId);
    }

    private BotMessage newest(Predicate<BotMessage> condition) {
        return messages().stream()
                .filter(condition)
                .max(Comparator.comparingInt(BotMessage::messageId))
                .orElse(null);
    }

    private BotMessage firstAfter(int mark, Predicate<BotMessage> condition) {
        return messages().stream()
                .filter(m -> m.messageId() > mark)
                .filter(condition)
                .findFirst()
                .orElse(null);
    }

    private BotMessage editOf(BotMessage message) {
        return allBotMessages().stream()
                .filter(m -> m.messageId() == message.messageId() && m.editCount() > message.editCount())
                .findFirst()
                .orElse(null);
    }

    private BotMessage present(BotMessage message, Supplier<String> what) {
        if (message == null) {
            throw new AssertionError("Expected " + what.get() + ", found none\n" + dump());
        }
        return message;
    }

    String dump() {
        return ctx.describeChat(chatId);
    }
}
