package org.civicrelay.telegram.outbox;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Turns an {@link Outbound} into the Bot API call and makes it; returns the sent message's id if there is one. */
@Component
class BotApiCalls {

    static final String HTML = "HTML";
    private static final LinkPreviewOptions NO_PREVIEW =
            LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;

    BotApiCalls(TelegramClient client) {
        this.client = client;
    }

    Optional<Integer> call(long chatId, Outbound out) throws TelegramApiException {
        String chat = Long.toString(chatId);
        if (out.kind() == Outbound.Kind.SEND_DOCUMENT) {
            return Optional.ofNullable(client.execute(document(chat, out)).getMessageId());
        }
        BotApiMethod<? extends Serializable> method = switch (out.kind()) {
            case SEND ->
                SendMessage.builder()
                        .chatId(chat)
                        .text(out.text())
                        .parseMode(HTML)
                        .linkPreviewOptions(NO_PREVIEW)
                        .protectContent(out.protect())
                        .disableNotification(out.silent())
                        .replyParameters(
                                out.replyTo() == null
                                        ? null
                                        : ReplyParameters.builder()
                                                .messageId(out.replyTo())
                                                .allowSendingWithoutReply(true)
                                                .build())
                        .replyMarkup(
                                Boolean.TRUE.equals(out.forceReply())
                                        ? ForceReplyKeyboard.builder()
                                                .forceReply(true)
                                                .inputFieldPlaceholder(out.placeholder())
                                                .build()
                                        : markup(out.keyboard()))
                        .build();
            case EDIT ->
                EditMessageText.builder()
                        .chatId(chat)
                        .messageId(out.messageId())
                        .text(out.text())
                        .parseMode(HTML)
                        .linkPreviewOptions(NO_PREVIEW)
                        .replyMarkup(markup(out.keyboard()))
                        .build();
            case ANSWER_CALLBACK ->
                AnswerCallbackQuery.builder()
                        .callbackQueryId(out.callbackId())
                        .text(out.text())
                        .showAlert(out.alert())
                        .build();
            case DELETE ->
                DeleteMessage.builder().chatId(chat).messageId(out.messageId()).build();
            case DELETE_MANY ->
                DeleteMessages.builder()
                        .chatId(chat)
                        .messageIds(out.messageIds())
                        .build();
            case LEAVE_CHAT -> LeaveChat.builder().chatId(chat).build();
            case PIN ->
                PinChatMessage.builder()
                        .chatId(chat)
                        .messageId(out.messageId())
                        .disableNotification(true)
                        .build();
            case SEND_DOCUMENT -> throw new IllegalStateException("documents are uploaded above");
        };
        Serializable result = client.execute(method);
        return result instanceof Message message ? Optional.ofNullable(message.getMessageId()) : Optional.empty();
    }

    /** A multipart upload of the document's text, UTF-8, under its (neutral) file name. */
    private static SendDocument document(String chat, Outbound out) {
        byte[] content = out.document().getBytes(StandardCharsets.UTF_8);
        return SendDocument.builder()
                .chatId(chat)
                .document(new InputFile(new ByteArrayInputStream(content), out.fileName()))
                .caption(out.text())
                .parseMode(out.text() == null ? null : HTML)
                .protectContent(out.protect())
                .replyMarkup(markup(out.keyboard()))
                .build();
    }

    /**
     * Where a group went if Telegram upgraded it to a supergroup: getChat on the old id answers 400 with
     * {@code migrate_to_chat_id}. Empty if it did not move or the question could not be answered.
     */
    Optional<Long> movedTo(long groupId) {
        try {
            client.execute(GetChat.builder().chatId(Long.toString(groupId)).build());
            return Optional.empty();
        } catch (TelegramApiRequestException refused) {
            return Optional.ofNullable(refused.getParameters()).map(ResponseParameters::getMigrateToChatId);
        } catch (TelegramApiException | RuntimeException unanswered) {
            return Optional.empty();
        }
    }

    /** Basic groups have ids above -10^12; supergroups and channels have -100… ids. */
    static boolean isBasicGroup(long chatId) {
        return chatId < 0 && chatId > -1_000_000_000_000L;
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        return new InlineKeyboardMarkup(keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder()
                                .text(button.label())
                                .callbackData(button.data())
                                .build())
                        .toList()))
                .toList());
    }
}
