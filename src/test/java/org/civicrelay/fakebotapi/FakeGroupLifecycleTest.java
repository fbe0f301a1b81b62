package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What owners do to a group and to the bot in it: upgrade, remove, restrict, re-add. */
class FakeGroupLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long BASIC_GROUP = -4_012_345_678L;

    private FakeTelegram fake;
    private FakeHttp http;
    private FakeUser bob;

    @BeforeEach
    void start() {
        fake = FakeTelegram.start("123:TEST-token");
        http = new FakeHttp(fake);
        bob = fake.user(710_000_002L);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void an_upgrade_tells_the_bot_both_ids_and_refuses_the_old_one_with_the_new_id() throws Exception {
        FakeGroup group = fake.group(BASIC_GROUP, "group").withMember(bob);
        int before = send(group.id(), "before the upgrade")
                .result()
                .path("message_id")
                .asInt();

        FakeGroup upgraded = group.upgradeToSupergroup();
        long newId = upgraded.id();

        assertThat(Long.toString(newId)).startsWith("-100").hasSize(14);
        List<JsonNode> updates = updates();
        assertThat(updates).hasSize(2);
        JsonNode to = updates.get(0).path("message");
        JsonNode from = updates.get(1).path("message");
        assertThat(to.at("/chat/id").asLong()).isEqualTo(BASIC_GROUP);
        assertThat(to.at("/chat/type").asText()).isEqualTo("group");
        assertThat(to.path("migrate_to_chat_id").asLong()).isEqualTo(newId);
        assertThat(to.at("/from/id").asLong()).isEqualTo(bob.id());
        assertThat(from.at("/chat/id").asLong()).isEqualTo(newId);
        assertThat(from.at("/chat/type").asText()).isEqualTo("supergroup");
        assertThat(from.path("migrate_from_chat_id").asLong()).isEqualTo(BASIC_GROUP);
        assertThat(from.path("message_id").asInt()).isEqualTo(1);

        String refused = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a"
                + " supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + newId + "}}";
        FakeHttp.Reply sent = send(BASIC_GROUP, "after");
        assertThat(sent.status()).isEqualTo(400);
        assertThat(sent.body()).isEqualTo(refused);
        assertThat(http.call("editMessageText", Map.of("chat_id", BASIC_GROUP, "message_id", before, "text", "x"))
                        .body())
                .isEqualTo(refused);
        assertThat(http.call("getChat", Map.of("chat_id", BASIC_GROUP)).body()).isEqualTo(refused);
        assertThat(http.call("sendChatAction", Map.of("chat_id", BASIC_GROUP, "action", "typing"))
                        .body())
                .isEqualTo(refused);
        assertThat(http.call("editMessageText", Map.of("chat_id", newId, "message_id", before + 1, "text", "x"))
                        .description())
                .isEqualTo("Bad Request: message to edit not found");
        assertThat(send(newId, "after, in the supergroup").status()).isEqualTo(200);
        assertThat(fake.messagesTo(BASIC_GROUP))
                .extracting(BotMessage::plainText)
                .containsExactly("before the upgrade");
        assertThat(upgraded.botIsMember()).isTrue();
        assertThat(upgraded.members()).contains(bob.id());
    }

    @Test
    void telegrambots_reads_the_new_chat_id_from_the_refusal() {
        FakeGroup group = fake.group(BASIC_GROUP, "group").withMember(bob);
        long newId = group.upgradeToSupergroup(bob).id();

        assertThatThrownBy(() -> http.telegramClient().execute(new SendMessage(Long.toString(BASIC_GROUP), "hi")))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getParameters().getMigrateToChatId()).isEqualTo(newId);
                });
    }

    @Test
    void members_command_reply_and_press_in_the_supergroup_and_no_longer_in_the_old_group() throws Exception {
        FakeGroup group = fake.group(BASIC_GROUP, "group").withMember(bob);
        FakeGroup upgraded = group.upgradeToSupergroup();
        updates();
        http.call("getUpdates", Map.of("offset", fake.lastUpdateId() + 1));

        upgraded.memberSends(bob, "/queue@" + fake.botUsername());
        upgraded.memberSends(bob, "chatter the bot must not see");
        http.call(
                "sendMessage",
                Map.of(
                        "chat_id",
                        upgraded.id(),
                        "text",
                        "Queue",
                        "reply_markup",
                        Map.of(
                                "inline_keyboard",
                                List.of(List.of(Map.of("text", "Take", "callback_data", "take:1"))))));
        BotMessage queue = upgraded.awaitMessageContaining("Queue", WAIT);
        upgraded.memberRepliesTo(bob, queue, "a reply");
        upgraded.memberPresses(bob, queue, "Take");

        List<JsonNode> updates = updates();
        assertThat(updates)
                .extracting(u -> u.has("callback_query")
                        ? u.at("/callback_query/data").asText()
                        : u.at("/message/text").asText())
                .containsExactly("/queue@" + fake.botUsername(), "a reply", "take:1");
        assertThat(updates)
                .allSatisfy(
                        u -> assertThat(u.findValue("chat").path("id").asLong()).isEqualTo(upgraded.id()));
        assertThatThrownBy(() -> group.memberSends(bob, "/queue"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Long.toString(upgraded.id()));
        assertThatThrownBy(group::upgradeToSupergroup).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(upgraded::upgradeToSupergroup).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"group", "supergroup"})
    void removing_the_bot_bans_it_and_every_request_then_answers_403(String type) throws Exception {
        FakeGroup group = fake.group(type.equals("group") ? BASIC_GROUP : -1_001_234_567_890L, type)
                .withMember(bob);

        group.removeBot();

        JsonNode change = updates().get(0).path("my_chat_member");
        assertThat(change.at("/from/id").asLong()).isEqualTo(bob.id());
        assertThat(change.at("/old_chat_member/status").asText()).isEqualTo("member");
        assertThat(change.at("/new_chat_member/status").asText()).isEqualTo("kicked");
        assertThat(change.at("/new_chat_member/until_date").asLong()).isZero();
        String kicked = "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked from the " + type
                + " chat\"}";
        assertThat(send(group.id(), "hello?").body()).isEqualTo(kicked);
        assertThat(http.call("getChat", Map.of("chat_id", group.id())).body()).isEqualTo(kicked);
        assertThat(http.call("getChatMember", Map.of("chat_id", group.id(), "user_id", fake.botId()))
                        .body())
                .isEqualTo(kicked);
        assertThat(http.call("sendChatAction", Map.of("chat_id", group.id(), "action", "typing"))
                        .body())
                .isEqualTo(kicked);
        assertThat(group.botIsMember()).isFalse();
    }

    @Test
    void a_bot_removed_without_a_ban_has_left_and_can_be_added_back() throws Exception {
        FakeGroup group =
                fake.group(-1_001_234_567_890L, "supergroup").withMember(bob).botAdmin(true);

        group.removeBotWithoutBan();
        FakeHttp.Reply whileOut = send(group.id(), "hello?");
        group.addBotBack();

        List<JsonNode> changes = updates();
        assertThat(changes)
                .extracting(u -> u.at("/my_chat_member/old_chat_member/status").asText() + ">"
                        + u.at("/my_chat_member/new_chat_member/status").asText())
                .containsExactly("administrator>left", "left>member");
        assertThat(whileOut.status()).isEqualTo(403);
        assertThat(whileOut.description()).isEqualTo("Forbidden: bot is not a member of the supergroup chat");
        assertThat(send(group.id(), "back").status()).isEqualTo(200);
        assertThatThrownBy(group::addBotBack).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_restricted_bot_in_a_supergroup_still_hears_commands_but_may_not_post() throws Exception {
        FakeGroup group = fake.group(-1_001_234_567_890L, "supergroup").withMember(bob);

        group.restrictBot();
        group.memberSends(bob, "/queue");

        List<JsonNode> updates = updates();
        JsonNode restricted = updates.get(0).at("/my_chat_member/new_chat_member");
        assertThat(restricted.path("status").asText()).isEqualTo("restricted");
        assertThat(restricted.path("is_member").asBoolean()).isTrue();
        assertThat(restricted.path("can_send_messages").asBoolean(true)).isFalse();
        assertThat(updates.get(1).at("/message/text").asText()).isEqualTo("/queue");
        FakeHttp.Reply refused = send(group.id(), "answer");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.description()).isEqualTo("Bad Request: not enough rights to send text messages to the chat");
        assertThat(group.botIsMember()).isTrue();
        JsonNode member = http.call("getChatMember", Map.of("chat_id", group.id(), "user_id", fake.botId()))
                .result();
        assertThat(member.path("status").asText()).isEqualTo("restricted");
        assertThat(member.path("can_send_messages").asBoolean(true)).isFalse();
    }

    @Test
    void a_basic_group_forbids_members_to_post_after_demoting_an_administrator_bot() throws Exception {
        FakeGroup group = fake.group(BASIC_GROUP, "group").withMember(bob).botAdmin(true);

        group.restrictBot();

        assertThat(updates())
                .extracting(u -> u.at("/my_chat_member/new_chat_member/status").asText())
                .containsExactly("member");
        assertThat(send(group.id(), "answer").description())
                .isEqualTo("Bad Request: not enough rights to send text messages to the chat");
        JsonNode chat = http.call("getChat", Map.of("chat_id", group.id())).result();
        assertThat(chat.at("/permissions/can_send_messages").asBoolean(true)).isFalse();
        assertThat(http.call("getChatMember", Map.of("chat_id", group.id(), "user_id", fake.botId()))
                        .result()
                        .path("status")
                        .asText())
                .isEqualTo("member");
    }

    private FakeHttp.Reply send(long chatId, String text) throws Exception {
        return http.call("sendMessage", Map.of("chat_id", chatId, "text", text));
    }

    /** Pending updates, without confirming them. */
    private List<JsonNode> updates() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        http.call("getUpdates", Map.of()).result().forEach(list::add);
        return list;
    }
}
