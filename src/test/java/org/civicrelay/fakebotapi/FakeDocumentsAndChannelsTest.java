package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * sendDocument with a multipart upload, and a channel the bot administers (posting, editing, pinning,
 * getChat), as TelegramBots 10.2.0 calls them and as Telegram documents them.
 */
class FakeDocumentsAndChannelsTest {

    private static final long CHANNEL = -1_009_876_543_210L;

    private FakeTelegram fake;
    private FakeHttp http;
    private OkHttpTelegramClient client;
    private FakeUser alice;

    @BeforeEach
    void start() {
        fake = FakeTelegram.start("123:TEST-token");
        http = new FakeHttp(fake);
        client = http.telegramClient();
        alice = fake.user(710_000_001L);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void a_document_uploaded_as_multipart_arrives_with_its_name_content_caption_and_protection() throws Exception {
        alice.send("/start");
        String csv = "day,reference\n2026-12-01,S-7KQ3X\n";
        Message sent = client.execute(SendDocument.builder()
                .chatId(alice.id())
                .document(new InputFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "report.csv"))
                .caption("<b>Accepted</b> suggestions")
                .parseMode("HTML")
                .protectContent(true)
                .build());

        assertThat(sent.getDocument().getFileName()).isEqualTo("report.csv");
        assertThat(sent.getDocument().getFileSize()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);
        assertThat(sent.getHasProtectedContent()).isTrue();
        SentDocument document = fake.documentsIn(alice.chatId()).get(0);
        assertThat(document.fileName()).isEqualTo("report.csv");
        assertThat(document.mimeType()).isEqualTo("text/csv");
        assertThat(document.text()).isEqualTo(csv);
        assertThat(document.caption()).isEqualTo("Accepted suggestions");
        assertThat(document.protectContent()).isTrue();
        RecordedCall call = fake.calls("sendDocument").get(0);
        assertThat(call.param("document")).as("TelegramBots names the part").isEqualTo("attach://report.csv");
        assertThat(call.file("report.csv").fileName()).isEqualTo("report.csv");
        assertThat(call.param("protect_content")).isEqualTo("true");
        assertThat(new ObjectMapper().valueToTree(sent).toString()).doesNotContain("\"from\":{\"id\":" + alice.id());
        assertThat(fake.rejectedCalls()).isEmpty();
    }

    @Test
    void a_document_can_be_sent_again_by_its_file_id_but_not_empty_or_by_an_unknown_id() throws Exception {
        alice.send("/start");
        Message first = client.execute(SendDocument.builder()
                .chatId(alice.id())
                .document(new InputFile(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), "a.md"))
                .build());
        client.execute(SendDocument.builder()
                .chatId(alice.id())
                .document(new InputFile(first.getDocument().getFileId()))
                .build());
        assertThat(fake.documentsIn(alice.chatId()))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.text()).isEqualTo("x"));

        assertThatThrownBy(() -> client.execute(SendDocument.builder()
                        .chatId(alice.id())
                        .document(new InputFile(new ByteArrayInputStream(new byte[0]), "empty.csv"))
                        .build()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: file must be non-empty"));
        assertThat(http.call("sendDocument", Map.of("chat_id", alice.id(), "document", "no-such-file"))
                        .description())
                .isEqualTo("Bad Request: wrong file identifier/HTTP URL specified");
        assertThat(http.call("sendDocument", Map.of("chat_id", alice.id())).description())
                .isEqualTo("Bad Request: document is empty");
    }

    @Test
    void documents_count_against_a_groups_twenty_messages_a_minute() throws Exception {
        FakeGroup group = fake.group(-1_001_111_222_333L, "supergroup");
        for (int i = 0; i < 20; i++) {
            client.execute(
                    SendMessage.builder().chatId(group.id()).text("m" + i).build());
        }
        assertThatThrownBy(() -> client.execute(SendDocument.builder()
                        .chatId(group.id())
                        .document(
                                new InputFile(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), "a.csv"))
                        .build()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(429));
    }

    @Test
    void the_bot_posts_edits_and_pins_in_a_channel_it_administers_and_get_chat_shows_the_pin() throws Exception {
        FakeChannel channel = fake.channel(CHANNEL, "Progress");
        Message post = client.execute(SendMessage.builder()
                .chatId(CHANNEL)
                .text("<b>Board</b>")
                .parseMode("HTML")
                .build());
        assertThat(post.getSenderChat().getId()).as("signed by the channel").isEqualTo(CHANNEL);
        assertThat(client.execute(PinChatMessage.builder()
                        .chatId(CHANNEL)
                        .messageId(post.getMessageId())
                        .disableNotification(true)
                        .build()))
                .isTrue();
        client.execute(EditMessageText.builder()
                .chatId(CHANNEL)
                .messageId(post.getMessageId())
                .text("Board, edited")
                .build());

        assertThat(channel.pinnedMessageIds()).containsExactly(post.getMessageId());
        assertThat(channel.messages()).singleElement().satisfies(m -> {
            assertThat(m.plainText()).isEqualTo("Board, edited");
            assertThat(m.editCount()).isEqualTo(1);
        });
        ChatFullInfo info = client.execute(GetChat.builder().chatId(CHANNEL).build());
        assertThat(info.getType()).isEqualTo("channel");
        assertThat(info.getTitle()).isEqualTo("Progress");
        assertThat(info.getPinnedMessage().getMessageId()).isEqualTo(post.getMessageId());
        JsonNode raw = http.call("getChat", Map.of("chat_id", CHANNEL)).result();
        assertThat(ApiSchema.load(new ObjectMapper()).missingRequiredFields("ChatFullInfo", raw))
                .isEmpty();
        assertThat(raw.has("permissions")).isFalse();
        JsonNode bot = http.call("getChatMember", Map.of("chat_id", CHANNEL, "user_id", fake.botId()))
                .result();
        assertThat(bot.path("status").asText()).isEqualTo("administrator");
        assertThat(bot.path("can_post_messages").asBoolean()).isTrue();
        assertThat(bot.path("can_edit_messages").asBoolean()).isTrue();
        assertThat(fake.rejectedCalls()).isEmpty();
    }

    @Test
    void a_bot_that_is_no_administrator_may_neither_post_nor_pin_and_unknown_messages_cannot_be_pinned()
            throws Exception {
        fake.channel(CHANNEL, "Progress");
        Message post = client.execute(
                SendMessage.builder().chatId(CHANNEL).text("first").build());
        assertThat(http.call("pinChatMessage", Map.of("chat_id", CHANNEL, "message_id", 999))
                        .description())
                .isEqualTo("Bad Request: message to pin not found");
        fake.channel(CHANNEL, "Progress").botAdmin(false);

        assertThat(http.call("sendMessage", Map.of("chat_id", CHANNEL, "text", "x"))
                        .description())
                .isEqualTo("Bad Request: need administrator rights in the channel chat");
        assertThat(http.call(
                                "editMessageText",
                                Map.of("chat_id", CHANNEL, "message_id", post.getMessageId(), "text", "y"))
                        .description())
                .isEqualTo("Bad Request: need administrator rights in the channel chat");
        assertThat(http.call("pinChatMessage", Map.of("chat_id", CHANNEL, "message_id", post.getMessageId()))
                        .description())
                .isEqualTo("Bad Request: not enough rights to manage pinned messages in the chat");
        FakeGroup group = fake.group(-1_001_111_222_444L, "supergroup");
        Message inGroup = client.execute(
                SendMessage.builder().chatId(group.id()).text("hi").build());
        assertThat(http.call("pinChatMessage", Map.of("chat_id", group.id(), "message_id", inGroup.getMessageId()))
                        .description())
                .isEqualTo("Bad Request: not enough rights to manage pinned messages in the chat");
        group.botAdmin(true);
        assertThat(http.call("pinChatMessage", Map.of("chat_id", group.id(), "message_id", inGroup.getMessageId()))
                        .status())
                .isEqualTo(200);
    }
}
