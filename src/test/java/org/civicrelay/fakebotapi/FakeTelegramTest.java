package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class FakeTelegramTest {

    private static final String TOKEN = "123:TEST-token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FakeTelegram fake;
    private FakeUser alice;

    private record Reply(int status, JsonNode body) {
        String description() {
            return body.path("description").asText();
        }

        JsonNode result() {
            return body.get("result");
        }
    }

    @BeforeEach
    void start() {
        fake = FakeTelegram.start(TOKEN);
        alice = fake.user(710_000_001L);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void routes_method_names_case_insensitively_and_ignores_unknown_fields() throws Exception {
        assertThat(call("getme", Map.of()).result().path("username").asText()).isEqualTo("civic_relay_test_bot");
        assertThat(call("GETME", Map.of()).result().path("is_bot").asBoolean()).isTrue();
        assertThat(call("deleteWebhook", Map.of("no_such_field", 1)).result().asBoolean())
                .isTrue();
        assertThat(fake.callCount("getMe")).isEqualTo(2);
        assertThat(fake.callCount("deletewebhook")).isEqualTo(1);
        assertThat(fake.firstCallAt("getMe")).isNotNull();
        assertThat(fake.rejectedCalls()).isEmpty();
    }

    @Test
    void answers_404_for_an_unknown_method_and_401_for_a_wrong_token() throws Exception {
        Reply unknown = call("sendTelepathy", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");

        Reply wrongToken = post("123:WRONG", "getMe", "{}");
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.description()).isEqualTo("Unauthorized");
        assertThat(fake.rejectedCalls()).extracting(RejectedCall::errorCode).containsExactly(404, 401);
    }

    @Test
    void rejects_a_request_missing_a_required_field() throws Exception {
        alice.send("/start");
        Reply noChat = call("sendMessage", Map.of("text", "hi"));
        Reply noText = call("sendMessage", Map.of("chat_id", alice.id()));
        Reply noCommands = call("setMyCommands", Map.of());

        assertThat(noChat.status()).isEqualTo(400);
        assertThat(noChat.description()).isEqualTo("Bad Request: chat_id is empty");
        assertThat(noText.description()).isEqualTo("Bad Request: message text is empty");
        assertThat(noCommands.description()).isEqualTo("Bad Request: commands is empty");
        assertThat(fake.rejectedCalls(400)).hasSize(3);
    }

    @Test
    void confirms_updates_by_offset_and_counts_pending_ones() throws Exception {
        alice.send("/start");
        alice.send("hello");

        JsonNode updates = call("getUpdates", Map.of()).result();
        assertThat(updates).hasSize(2);
        long first = updates.get(0).path("update_id").asLong();
        assertThat(updates.get(1).path("update_id").asLong()).isEqualTo(first + 1);
        assertThat(updates.get(0).at("/message/entities/0/type").asText()).isEqualTo("bot_command");
        assertThat(fake.pendingUpdates()).isEqualTo(2);

        JsonNode rest =
                call("getUpdates", Map.of("offset", first + 1, "limit", 1)).result();
        assertThat(rest).hasSize(1);
        assertThat(fake.confirmedUpdateId()).isEqualTo(first);

        assertThat(call("getUpdates", Map.of("offset", first + 2)).result()).isEmpty();
        assertThat(fake.pendingUpdates()).isZero();
        assertThat(fake.confirmedUpdateId()).isEqualTo(first + 1);
    }

    @Test
    void long_poll_returns_as_soon_as_an_update_arrives() throws Exception {
        CompletableFuture<Reply> poll = callAsync("getUpdates", Map.of("timeout", 20));
        fake.awaitCall("getUpdates", WAIT);
        long started = System.nanoTime();
        alice.send("/start");

        Reply reply = poll.get(5, TimeUnit.SECONDS);
        assertThat(reply.result()).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void answers_409_to_the_older_of_two_concurrent_pollers() throws Exception {
        CompletableFuture<Reply> older = callAsync("getUpdates", Map.of("timeout", 20));
        fake.awaitCall("getUpdates", WAIT);
        CompletableFuture<Reply> newer = callAsync("getUpdates", Map.of("timeout", 1));

        Reply conflict = older.get(5, TimeUnit.SECONDS);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.description())
                .isEqualTo("Conflict: terminated by other getUpdates request; make sure that"
                        + " only one bot instance is running");
        assertThat(newer.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(fake.rejectedCalls(409)).hasSize(1);
    }

    @Test
    void closing_does_not_wait_for_a_pending_long_poll() throws Exception {
        CompletableFuture<Reply> poll = callAsync("getUpdates", Map.of("timeout", 50));
        fake.awaitCall("getUpdates", WAIT);
        long started = System.nanoTime();
        fake.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(poll.handle((reply, error) -> true)).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void accepts_escaped_html_and_keeps_the_text_the_user_sees() throws Exception {
        alice.send("/start");
        String html = "<b>Bold</b> &lt;tag&gt; &amp; &quot;q&quot; &#8212; &#x41; <I>it</I> "
                + "<span class=\"tg-spoiler\">s</span><tg-spoiler>t</tg-spoiler> "
                + "<a href=\"https://example.org/?a=1&amp;b=2\">link</a> "
                + "<pre><code class=\"language-java\">x &lt; y</code></pre><blockquote expandable>q</blockquote>";

        Reply sent = call("sendMessage", Map.of("chat_id", alice.id(), "text", html, "parse_mode", "html"));

        assertThat(sent.status()).as(sent.description()).isEqualTo(200);
        BotMessage message = alice.lastMessage();
        assertThat(message.plainText()).isEqualTo("Bold <tag> & \"q\" \u2014 A it st link x < yq");
        assertThat(message.text()).isEqualTo(html);
        assertThat(sent.result().at("/entities/0/type").asText()).isEqualTo("bold");
        assertThat(sent.result().path("entities").toString())
                .contains(
                        "\"text_link\"",
                        "https://example.org/?a=1&b=2",
                        "\"language\":\"java\"",
                        "expandable_blockquote",
                        "spoiler");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rejects_unescaped_ampersand_in_html   | Tom & Jerry             | Unescaped \"&\" at byte offset 4",
                "rejects_named_entities_like_mdash     | a &mdash; b             | Unsupported HTML entity \"&mdash;\"",
                "rejects_an_unescaped_less_than        | 1 < 2                   | Unsupported start tag \"\" at byte offset 2",
                "rejects_an_unescaped_greater_than     | 2 > 1                   | Unescaped \">\"",
                "rejects_unknown_tags                  | line<br>break           | Unsupported start tag \"br\" at byte offset 4",
                "rejects_mis_nested_tags               | <b><i>x</b></i>         | Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"",
                "rejects_unclosed_tags                 | <b>open                 | Can't find end tag corresponding to start tag \"b\"",
                "rejects_an_end_tag_nobody_opened      | text</b>                | Unexpected end tag at byte offset 4",
                "rejects_a_span_that_is_not_a_spoiler  | <span>x</span>          | Tag \"span\" must have class \"tg-spoiler\"",
                "counts_byte_offsets_in_utf8           | Привет & пока           | Unescaped \"&\" at byte offset 13",
            })
    void rejects_html_the_server_cannot_parse(String name, String text, String detail) throws Exception {
        alice.send("/start");
        Reply reply = call("sendMessage", Map.of("chat_id", alice.id(), "text", text, "parse_mode", "HTML"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.description())
                .startsWith("Bad Request: can't parse entities: ")
                .contains(detail);
        assertThat(alice.messages()).isEmpty();
    }

    @Test
    void measures_the_4096_limit_in_utf16_units_after_entity_parsing() throws Exception {
        alice.send("/start");
        String emoji = "\uD83D\uDE00";

        assertThat(send(alice.id(), "<b>" + "a".repeat(4096) + "</b>", "HTML").status())
                .isEqualTo(200);
        assertThat(send(alice.id(), "&amp;".repeat(4096), "HTML").status()).isEqualTo(200);
        assertThat(send(alice.id(), emoji.repeat(2048), null).status()).isEqualTo(200);
        assertThat(send(alice.id(), emoji.repeat(2048) + "a", null).description())
                .isEqualTo("Bad Request: message is too long");
        assertThat(send(alice.id(), "<b> </b>", "HTML").description()).isEqualTo("Bad Request: message text is empty");
        assertThat(send(alice.id(), "", null).description()).isEqualTo("Bad Request: message text is empty");
    }

    @Test
    void limits_callback_data_to_64_bytes_so_cyrillic_counts_double() throws Exception {
        alice.send("/start");
        String fits = "д".repeat(32);
        String tooLong = "д".repeat(33);

        assertThat(sendWithButton(alice.id(), "Ок", fits).status()).isEqualTo(200);
        Reply rejected = sendWithButton(alice.id(), "Ок", tooLong);
        Reply empty = sendWithButton(alice.id(), "Ок", "");

        assertThat(rejected.description()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(empty.description()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(alice.lastMessage().buttons()).containsExactly(List.of(new Button("Ок", fits, null)));
    }

    @Test
    void answers_each_button_press_once_and_only_within_15_seconds() throws Exception {
        alice.send("/start");
        sendWithButton(alice.id(), "Send", "send:1");
        BotMessage offer = alice.lastMessage();

        String first = alice.press(offer, "Send");
        assertThat(fake.unansweredCallbacks()).extracting(CallbackPress::id).containsExactly(first);
        assertThat(call("answerCallbackQuery", Map.of("callback_query_id", first, "text", "Sent"))
                        .status())
                .isEqualTo(200);
        Reply twice = call("answerCallbackQuery", Map.of("callback_query_id", first));
        Reply unknown = call("answerCallbackQuery", Map.of("callback_query_id", "42"));
        String late = alice.pressData(offer, "forged:data");
        fake.advanceClock(Duration.ofSeconds(16));
        Reply tooLate = call("answerCallbackQuery", Map.of("callback_query_id", late));

        String expired = "Bad Request: query is too old and response timeout expired or query ID is invalid";
        assertThat(List.of(twice, unknown, tooLate))
                .extracting(Reply::description)
                .containsOnly(expired);
        assertThat(fake.callback(first).answerText()).isEqualTo("Sent");
        assertThat(fake.unansweredCallbacks(Duration.ofSeconds(15)))
                .extracting(CallbackPress::data)
                .containsExactly("forged:data");
        assertThatThrownBy(() -> alice.press(offer, "No such button"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no button");
    }

    @Test
    void forbids_writing_to_users_who_never_started_or_blocked_the_bot() throws Exception {
        FakeUser bob = fake.user(710_000_002L);
        assertThat(send(bob.id(), "hi", null).description())
                .isEqualTo("Forbidden: bot can't initiate conversation with a user");
        assertThat(send(999L, "hi", null).description()).isEqualTo("Bad Request: chat not found");

        alice.send("/start");
        assertThat(send(alice.id(), "welcome", null).status()).isEqualTo(200);
        alice.blocksBot();
        Reply blocked = send(alice.id(), "still there?", null);

        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.description()).isEqualTo("Forbidden: bot was blocked by the user");
        JsonNode updates = call("getUpdates", Map.of()).result();
        JsonNode memberUpdate = updates.get(updates.size() - 1).path("my_chat_member");
        assertThat(memberUpdate.at("/old_chat_member/status").asText()).isEqualTo("member");
        assertThat(memberUpdate.at("/new_chat_member/status").asText()).isEqualTo("kicked");
        assertThat(fake.rejectedCalls(403)).hasSize(2);
    }

    @Test
    void answers_429_with_retry_after_and_prolongs_the_penalty_of_bots_that_ignore_it() throws Exception {
        alice.send("/start");
        for (int i = 0; i < 3; i++) {
            assertThat(send(alice.id(), "burst " + i, null).status()).isEqualTo(200);
        }
        Reply limited = send(alice.id(), "one too many", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.description()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(limited.body().at("/parameters/retry_after").asInt()).isEqualTo(1);

        Reply impatient = send(alice.id(), "again", null);
        assertThat(impatient.status()).isEqualTo(429);
        assertThat(impatient.body().at("/parameters/retry_after").asInt()).isEqualTo(2);
        assertThat(fake.retryAfterViolations()).isEqualTo(1);

        fake.advanceClock(Duration.ofSeconds(3));
        assertThat(send(alice.id(), "patient", null).status()).isEqualTo(200);
        assertThat(fake.tooManyRequestsCount()).isEqualTo(2);
    }

    @Test
    void applies_the_global_and_group_limits() throws Exception {
        fake.setGlobalRate(2);
        for (long id = 1; id <= 3; id++) {
            fake.user(id).send("/start");
        }
        assertThat(send(1L, "a", null).status()).isEqualTo(200);
        assertThat(send(2L, "b", null).status()).isEqualTo(200);
        assertThat(send(3L, "c", null).body().at("/parameters/retry_after").asInt())
                .isEqualTo(1);

        fake.setGlobalRate(30);
        fake.advanceClock(Duration.ofSeconds(2));
        fake.setGroupRate(2);
        FakeGroup mods = fake.group(-100_200_300L, "supergroup");
        send(mods.id(), "1", null);
        send(mods.id(), "2", null);
        Reply third = send(mods.id(), "3", null);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body().at("/parameters/retry_after").asInt()).isBetween(59, 60);
        fake.setRateLimitsEnabled(false);
        fake.advanceClock(Duration.ofMinutes(3));
        assertThat(send(mods.id(), "4", null).status()).isEqualTo(200);
    }

    @Test
    void refuses_an_edit_that_changes_nothing_and_drops_the_keyboard_when_none_is_sent() throws Exception {
        alice.send("/start");
        Reply sent = sendWithButton(alice.id(), "Go", "go");
        int id = sent.result().path("message_id").asInt();
        Map<String, Object> sameEdit =
                new LinkedHashMap<>(Map.of("chat_id", alice.id(), "message_id", id, "text", "pick"));
        sameEdit.put("reply_markup", keyboard("Go", "go"));

        Reply unchanged = call("editMessageText", sameEdit);
        assertThat(unchanged.description())
                .isEqualTo(
                        "Bad Request: message is not modified: specified new message"
                                + " content and reply markup are exactly the same as a current content and reply markup of the message");

        Reply dropped = call("editMessageText", Map.of("chat_id", alice.id(), "message_id", id, "text", "pick"));
        assertThat(dropped.status()).isEqualTo(200);
        assertThat(alice.lastMessage().buttons()).isEmpty();
        assertThat(alice.lastMessage().editCount()).isEqualTo(1);
        assertThat(call("editMessageText", Map.of("chat_id", alice.id(), "message_id", 999, "text", "x"))
                        .description())
                .isEqualTo("Bad Request: message to edit not found");
        assertThat(call("editMessageText", Map.of("chat_id", alice.id(), "message_id", 1, "text", "x"))
                        .description())
                .isEqualTo("Bad Request: message can't be edited");
    }

    @Test
    void deletes_messages_only_within_48_hours() throws Exception {
        int incoming = alice.send("my secret suggestion");
        int older = alice.send("older message");
        assertThat(call("deleteMessage", Map.of("chat_id", alice.id(), "message_id", incoming))
                        .status())
                .isEqualTo(200);
        assertThat(alice.sentMessages())
                .filteredOn(UserMessage::deleted)
                .extracting(UserMessage::messageId)
                .containsExactly(incoming);

        fake.advanceClock(Duration.ofHours(48));
        assertThat(call("deleteMessage", Map.of("chat_id", alice.id(), "message_id", older))
                        .description())
                .isEqualTo("Bad Request: message can't be deleted");
        assertThat(call("deleteMessage", Map.of("chat_id", alice.id(), "message_id", incoming))
                        .description())
                .isEqualTo("Bad Request: message to delete not found");
    }

    @Test
    void every_update_the_fake_builds_is_complete_and_readable_by_telegrambots() throws Exception {
        FakeUser bob = fake.user(710_000_002L).lastName(null).username(null);
        alice.send("/start");
        sendWithButton(alice.id(), "Yes", "yes");
        alice.press(alice.lastMessage(), "Yes");
        alice.replyTo(alice.lastMessage(), "a reply");
        alice.sendPhoto("caption");
        alice.sendContact("+15550001111");
        alice.sendLocation(50.45, 30.52);
        alice.sendVoice();
        alice.sendDocument();
        alice.sendSticker();
        alice.editLastMessage("edited");
        alice.blocksBot();
        FakeGroup strangers = fake.group(-4242L, "group").addBot(bob);
        strangers.memberSends(bob, "/queue@civic_relay_test_bot");
        strangers.memberSends(bob, "chatter the bot must not see");
        fake.channelPost(-100_777L, "news");
        fake.inlineQuery(bob, "q");

        JsonNode updates = call("getUpdates", Map.of()).result();
        ApiSchema schema = ApiSchema.load(mapper);
        List<String> kinds = new ArrayList<>();
        for (JsonNode update : updates) {
            assertThat(schema.missingRequiredFields("Update", update))
                    .as(update.toString())
                    .isEmpty();
            Update parsed = mapper.treeToValue(update, Update.class);
            assertThat(parsed.getUpdateId()).isPositive();
            kinds.add(fieldNames(update).get(1));
        }
        assertThat(kinds)
                .containsExactly(
                        "message",
                        "callback_query",
                        "message",
                        "message",
                        "message",
                        "message",
                        "message",
                        "message",
                        "message",
                        "edited_message",
                        "my_chat_member",
                        "my_chat_member",
                        "message",
                        "channel_post",
                        "inline_query");
    }

    @Test
    void leaves_groups_and_then_gets_403_there() throws Exception {
        FakeGroup group = fake.group(-555L, "supergroup");
        assertThat(call("leaveChat", Map.of("chat_id", group.id())).status()).isEqualTo(200);
        assertThat(group.botIsMember()).isFalse();
        assertThat(send(group.id(), "hello?", null).description())
                .isEqualTo("Forbidden: bot is not a member of the supergroup chat");
    }

    @Test
    void stores_the_command_menu_per_scope_and_language() throws Exception {
        FakeGroup mods = fake.group(-100_200_300L, "supergroup");
        List<Map<String, String>> commands = List.of(Map.of("command", "queue", "description", "Triage queue"));
        Map<String, Object> scope = Map.of("type", "chat", "chat_id", mods.id());

        assertThat(call("setMyCommands", Map.of("commands", commands, "scope", scope))
                        .status())
                .isEqualTo(200);
        assertThat(call("setMyCommands", Map.of("commands", List.of(Map.of("command", "Bad-Name", "description", "x"))))
                        .description())
                .isEqualTo("Bad Request: BOT_COMMAND_INVALID");

        assertThat(fake.myCommands("chat:" + mods.id(), null))
                .containsExactly(new MenuCommand("queue", "Triage queue"));
        assertThat(fake.myCommands("default", null)).isEmpty();
        assertThat(call("getMyCommands", Map.of("scope", scope))
                        .result()
                        .get(0)
                        .path("command")
                        .asText())
                .isEqualTo("queue");
        assertThat(call("deleteMyCommands", Map.of("scope", scope)).status()).isEqualTo(200);
        assertThat(fake.myCommands("chat:" + mods.id(), null)).isEmpty();
    }

    @Test
    void injects_one_shot_failures_and_outages() throws Exception {
        alice.send("/start");
        fake.failNext("sendMessage", 429, "Too Many Requests: retry after 5", 5);
        assertThat(send(alice.id(), "x", null)
                        .body()
                        .at("/parameters/retry_after")
                        .asInt())
                .isEqualTo(5);
        assertThat(send(alice.id(), "too early", null).status()).isEqualTo(429);
        assertThat(fake.retryAfterViolations()).isEqualTo(1);
        fake.advanceClock(Duration.ofSeconds(11));
        assertThat(send(alice.id(), "later", null).status()).isEqualTo(200);

        fake.setOutage(true);
        HttpResponse<String> down = http.send(request(TOKEN, "getMe", "{}"), HttpResponse.BodyHandlers.ofString());
        assertThat(down.statusCode()).isEqualTo(502);
        fake.setOutage(false);
        assertThat(call("getMe", Map.of()).status()).isEqualTo(200);
        assertThat(fake.unimplementedCalls()).isEmpty();
        assertThat(call("sendChatAction", Map.of("chat_id", alice.id(), "action", "typing"))
                        .status())
                .isEqualTo(200);
        assertThat(fake.unimplementedCalls()).extracting(RecordedCall::method).containsExactly("sendChatAction");
    }

    @Test
    void a_real_telegrambots_client_sends_html_with_an_inline_keyboard() throws Exception {
        alice.send("/start");
        OkHttpTelegramClient client = new OkHttpTelegramClient(
                new OkHttpClient(), TOKEN, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
        SendMessage welcome = SendMessage.builder()
                .chatId(String.valueOf(alice.id()))
                .text("<b>Welcome</b>, Tom &amp; Jerry")
                .parseMode(ParseMode.HTML)
                .protectContent(true)
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                .text("Send")
                                .callbackData("send")
                                .build()))
                        .build())
                .build();

        Message sent = client.execute(welcome);

        assertThat(sent.getText()).isEqualTo("Welcome, Tom & Jerry");
        BotMessage recorded = alice.lastMessage();
        assertThat(recorded.messageId()).isEqualTo(sent.getMessageId());
        assertThat(recorded.plainText()).isEqualTo("Welcome, Tom & Jerry");
        assertThat(recorded.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(recorded.protectContent()).isTrue();
        assertThat(recorded.buttons()).containsExactly(List.of(new Button("Send", "send", null)));
        assertThatThrownBy(() -> client.execute(new SendMessage("710000009", "hi")))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(400));
        assertThat(fake.rejectedCalls()).hasSize(1);
    }

    @Test
    void a_real_telegrambots_long_poller_receives_updates_and_answers_presses() throws Exception {
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", fake.port(), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), TOKEN, url);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (TelegramBotsLongPollingApplication app =
                new TelegramBotsLongPollingApplication(ObjectMapper::new, OkHttpClient::new, () -> executor)) {
            app.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(), updates -> {
                for (Update update : updates) {
                    echo(client, update);
                }
            });
            alice.send("/start");
            BotMessage echo = alice.awaitMessageContaining("echo: /start", WAIT);
            alice.press(echo, "Ack");
            fake.await(
                    () -> fake.unansweredCallbacks().isEmpty()
                            && !fake.callbacks().isEmpty(),
                    WAIT,
                    "the press answered");
        } finally {
            executor.shutdownNow();
        }
        assertThat(fake.callCount("deleteWebhook")).isEqualTo(1);
        assertThat(fake.rejectedCalls()).isEmpty();
    }

    private static void echo(OkHttpTelegramClient client, Update update) {
        try {
            if (update.hasMessage()) {
                client.execute(SendMessage.builder()
                        .chatId(String.valueOf(update.getMessage().getChatId()))
                        .text("echo: " + update.getMessage().getText())
                        .replyMarkup(
                                new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                        .text("Ack")
                                        .callbackData("ack")
                                        .build()))))
                        .build());
            } else if (update.hasCallbackQuery()) {
                client.execute(new AnswerCallbackQuery(update.getCallbackQuery().getId()));
            }
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- plain HTTP helpers

    private Reply send(long chatId, String text, String parseMode) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("chat_id", chatId, "text", text));
        if (parseMode != null) {
            params.put("parse_mode", parseMode);
        }
        return call("sendMessage", params);
    }

    private Reply sendWithButton(long chatId, String label, String data) throws Exception {
        return call("sendMessage", Map.of("chat_id", chatId, "text", "pick", "reply_markup", keyboard(label, data)));
    }

    private static Map<String, Object> keyboard(String label, String data) {
        return Map.of("inline_keyboard", List.of(List.of(Map.of("text", label, "callback_data", data))));
    }

    private Reply call(String method, Map<String, ?> params) throws Exception {
        return post(TOKEN, method, mapper.writeValueAsString(params));
    }

    private Reply post(String token, String method, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(token, method, json), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), mapper.readTree(response.body()));
    }

    private CompletableFuture<Reply> callAsync(String method, Map<String, ?> params) throws Exception {
        return http.sendAsync(
                        request(TOKEN, method, mapper.writeValueAsString(params)), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    try {
                        return new Reply(response.statusCode(), mapper.readTree(response.body()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private HttpRequest request(String token, String method, String json) {
        return HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
