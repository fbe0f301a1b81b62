package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Reads and waits on one chat's bot messages for {@link FakeUser} and {@link FakeGroup}. */
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
            return chat == null ? List.of() : chat.messages.stream()
                    .filter(m -> m.fromBot && m.visible()).map(StoredMessage::toBotMessage).toList();
        });
    }

    List<BotMessage> allBotMessages() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null ? List.of() : chat.messages.stream()
                    .filter(m -> m.fromBot).map(StoredMessage::toBotMessage).toList();
        });
    }

    List<UserMessage> userMessages() {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null ? List.of() : chat.messages.stream()
                    .filter(m -> !m.fromBot).map(StoredMessage::toUserMessage).toList();
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
        return Awaits.until(() -> messages().stream().filter(condition)
                        .max(Comparator.comparingInt(BotMessage::messageId)).orElse(null),
                timeout, () -> what + " in chat " + chatId + "\n" + dump());
    }

    /** The first visible bot message sent after message id {@code mark} matching {@code condition}. */
    BotMessage awaitAfter(int mark, Predicate<BotMessage> condition, Duration timeout) {
        return Awaits.until(() -> messages().stream().filter(m -> m.messageId() > mark).filter(condition)
                        .findFirst().orElse(null),
                timeout, () -> "a new bot message (after #" + mark + ") matching the condition in chat " + chatId
                        + "\n" + dump());
    }

    /** {@code message} after at least one more edit than the snapshot shows. */
    BotMessage awaitEdit(BotMessage message, Duration timeout) {
        return Awaits.until(() -> allBotMessages().stream()
                        .filter(m -> m.messageId() == message.messageId() && m.editCount() > message.editCount())
                        .findFirst().orElse(null),
                timeout, () -> "an edit of message #" + message.messageId() + " in chat " + chatId + "\n" + dump());
    }

    String dump() {
        return ctx.describeChat(chatId);
    }
}
