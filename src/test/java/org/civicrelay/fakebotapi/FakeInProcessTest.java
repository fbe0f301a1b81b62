package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake without a server, for a bot in the test's own thread: the same answers, and no waiting. */
class FakeInProcessTest {

    private static final String TOKEN = "123:TEST-token";

    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeTelegram fake = FakeTelegram.inProcess(TOKEN);
    private final FakeUser alice = fake.user(710_000_001L);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void answers_requests_as_the_server_does_and_has_no_address() {
        assertThat(call("getMe", "{}").path("result").path("username").asText()).isEqualTo("civic_relay_test_bot");
        JsonNode refused = call("sendMessage", "{\"chat_id\": 710000001, \"text\": \"hi\"}");
        assertThat(refused.path("error_code").asInt())
                .as("alice never started the bot")
                .isEqualTo(403);
        assertThat(fake.answer("/botWRONG:token/getMe", null, "application/json", new byte[0])
                        .status())
                .isEqualTo(401);
        assertThat(fake.rejectedCalls()).extracting(RejectedCall::errorCode).containsExactly(403, 401);
        assertThatThrownBy(fake::baseUrl).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runs_the_bot_after_each_update_before_the_users_action_returns() {
        List<String> handled = new ArrayList<>();
        fake.afterEachUpdate(() -> {
            JsonNode updates = call("getUpdates", "{\"timeout\": 0}").path("result");
            updates.forEach(
                    update -> handled.add(update.path("message").path("text").asText()));
            if (!updates.isEmpty()) {
                reply(alice.chatId(), "Got it");
            }
        });

        alice.send("/start");

        assertThat(handled).containsExactly("/start");
        assertThat(alice.reply().plainText()).isEqualTo("Got it");
    }

    @Test
    void readers_expect_the_answer_to_be_there_already() {
        alice.send("hello");
        assertThatThrownBy(alice::reply).isInstanceOf(AssertionError.class).hasMessageContaining("found none");
        assertThatThrownBy(() -> alice.messageContaining("hello")).isInstanceOf(AssertionError.class);
    }

    @Test
    void buttons_can_be_pressed_by_label_only() {
        alice.send("/start");
        reply(
                alice.chatId(),
                "Pick one",
                "{\"inline_keyboard\": [[{\"text\": \"Yes\", \"callback_data\": \"pick:yes\"}]]}");
        BotMessage offer = alice.lastMessage();
        alice.press(offer, "pick:yes");
        fake.pressButtonsByLabelOnly();

        assertThatThrownBy(() -> alice.press(offer, "pick:yes"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("pressed by label");
        alice.press(offer, "Yes");
        assertThat(fake.callbacks()).extracting(CallbackPress::data).containsExactly("pick:yes", "pick:yes");
    }

    @Test
    void an_edit_is_read_at_once() {
        alice.send("/start");
        reply(alice.chatId(), "First");
        BotMessage first = alice.lastMessage();
        assertThatThrownBy(() -> alice.edited(first)).isInstanceOf(AssertionError.class);
        call(
                "editMessageText",
                "{\"chat_id\": 710000001, \"message_id\": " + first.messageId() + ", \"text\": \"Second\"}");
        assertThat(alice.edited(first).plainText()).isEqualTo("Second");
    }

    private void reply(long chatId, String text) {
        reply(chatId, text, null);
    }

    private void reply(long chatId, String text, String keyboard) {
        String markup = keyboard == null ? "" : ", \"reply_markup\": " + keyboard;
        JsonNode answer =
                call("sendMessage", "{\"chat_id\": " + chatId + ", \"text\": \"" + text + "\"" + markup + "}");
        assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
    }

    private JsonNode call(String method, String json) {
        try {
            HttpReply reply = fake.answer(
                    "/bot" + TOKEN + "/" + method, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
            return mapper.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
