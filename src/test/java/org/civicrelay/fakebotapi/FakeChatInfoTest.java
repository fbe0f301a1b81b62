package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** getChat and getChatMember: complete by api.json, readable by TelegramBots, refusing what sending refuses. */
class FakeChatInfoTest {

    private static final long SUPERGROUP = -1_001_234_567_890L;

    private FakeTelegram fake;
    private FakeHttp http;
    private FakeUser alice;
    private FakeUser bob;

    @BeforeEach
    void start() {
        fake = FakeTelegram.start("123:TEST-token");
        http = new FakeHttp(fake);
        alice = fake.user(710_000_001L);
        bob = fake.user(710_000_002L);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void get_chat_answers_a_complete_chat_full_info_for_groups_and_users() throws Exception {
        ApiSchema schema = ApiSchema.load(new ObjectMapper());
        fake.group(SUPERGROUP, "supergroup").title("Moderators");
        fake.group(-4_012_345_678L, "group");
        alice.send("/start");

        JsonNode supergroup =
                http.call("getChat", Map.of("chat_id", SUPERGROUP)).result();
        JsonNode group =
                http.call("getChat", Map.of("chat_id", -4_012_345_678L)).result();
        JsonNode user = http.call("getChat", Map.of("chat_id", alice.id())).result();

        for (JsonNode info : new JsonNode[] {supergroup, group, user}) {
            assertThat(schema.missingRequiredFields("ChatFullInfo", info))
                    .as(info.toString())
                    .isEmpty();
        }
        assertThat(supergroup.path("title").asText()).isEqualTo("Moderators");
        assertThat(supergroup.path("type").asText()).isEqualTo("supergroup");
        assertThat(supergroup.at("/permissions/can_send_messages").asBoolean()).isTrue();
        assertThat(group.path("type").asText()).isEqualTo("group");
        assertThat(user.path("type").asText()).isEqualTo("private");
        assertThat(user.path("first_name").asText()).isEqualTo(alice.firstName());
        assertThat(user.has("permissions")).isFalse();
    }

    @Test
    void get_chat_refuses_unknown_chats_and_users_who_never_wrote() throws Exception {
        FakeHttp.Reply unknown = http.call("getChat", Map.of("chat_id", -999L));
        FakeHttp.Reply stranger = http.call("getChat", Map.of("chat_id", bob.id()));
        FakeHttp.Reply byName = http.call("getChat", Map.of("chat_id", "@nobody"));

        assertThat(unknown.body())
                .isEqualTo("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not" + " found\"}");
        assertThat(stranger.description()).isEqualTo("Bad Request: chat not found");
        assertThat(byName.description()).isEqualTo("Bad Request: chat not found");
        alice.send("/start");
        alice.blocksBot();
        assertThat(http.call("getChat", Map.of("chat_id", alice.id())).status()).isEqualTo(200);
    }

    @Test
    void get_chat_member_answers_the_bots_and_users_standing() throws Exception {
        FakeGroup group = fake.group(SUPERGROUP, "supergroup").withMember(alice);

        JsonNode bot = member(group.id(), fake.botId());
        JsonNode member = member(group.id(), alice.id());
        JsonNode outsider = member(group.id(), bob.id());
        group.botAdmin(true);
        JsonNode admin = member(group.id(), fake.botId());

        assertThat(bot.path("status").asText()).isEqualTo("member");
        assertThat(bot.at("/user/id").asLong()).isEqualTo(fake.botId());
        assertThat(bot.at("/user/is_bot").asBoolean()).isTrue();
        assertThat(member.path("status").asText()).isEqualTo("member");
        assertThat(outsider.path("status").asText()).isEqualTo("left");
        assertThat(admin.path("status").asText()).isEqualTo("administrator");
        assertThat(http.call("getChatMember", Map.of("chat_id", group.id(), "user_id", 42))
                        .description())
                .isEqualTo("Bad Request: user not found");
    }

    @Test
    void rejects_requests_missing_required_fields_of_the_new_methods() throws Exception {
        fake.group(SUPERGROUP, "supergroup");

        assertThat(http.call("getChat", Map.of()).description()).isEqualTo("Bad Request: chat_id is empty");
        assertThat(http.call("getChatMember", Map.of("chat_id", SUPERGROUP)).description())
                .isEqualTo("Bad Request: user_id is empty");
        assertThat(http.call("getChatMember", Map.of("user_id", 1)).description())
                .isEqualTo("Bad Request: chat_id is empty");
        assertThat(http.call("getChatMemberz", Map.of()).status()).isEqualTo(404);
        assertThat(fake.rejectedCalls()).extracting(RejectedCall::errorCode).containsExactly(400, 400, 400, 404);
        assertThat(fake.unimplementedCalls()).isEmpty();
    }

    @Test
    void telegrambots_reads_what_get_chat_and_get_chat_member_answer() throws Exception {
        OkHttpTelegramClient client = http.telegramClient();
        FakeGroup group =
                fake.group(SUPERGROUP, "supergroup").title("Moderators").withMember(alice);
        FakeGroup restricted = fake.group(-1_009_876_543_210L, "supergroup").withMember(alice);
        restricted.restrictBot();
        alice.send("/start");

        ChatFullInfo info = client.execute(new GetChat(Long.toString(group.id())));
        ChatFullInfo privateInfo = client.execute(new GetChat(Long.toString(alice.id())));
        ChatMember asMember = client.execute(new GetChatMember(Long.toString(group.id()), fake.botId()));
        ChatMember outsider = client.execute(new GetChatMember(Long.toString(group.id()), bob.id()));
        ChatMember asRestricted = client.execute(new GetChatMember(Long.toString(restricted.id()), fake.botId()));
        group.botAdmin(true);
        ChatMember asAdmin = client.execute(new GetChatMember(Long.toString(group.id()), fake.botId()));

        assertThat(info.getId()).isEqualTo(group.id());
        assertThat(info.getTitle()).isEqualTo("Moderators");
        assertThat(info.getPermissions().getCanSendMessages()).isTrue();
        assertThat(info.getAcceptedGiftTypes()).isNotNull();
        assertThat(privateInfo.getFirstName()).isEqualTo(alice.firstName());
        assertThat(asMember).isInstanceOf(ChatMemberMember.class);
        assertThat(outsider).isInstanceOf(ChatMemberLeft.class);
        assertThat(asRestricted)
                .isInstanceOfSatisfying(
                        ChatMemberRestricted.class,
                        r -> assertThat(r.getCanSendMessages()).isFalse());
        assertThat(asAdmin).isInstanceOf(ChatMemberAdministrator.class);
        group.removeBot();
        assertThatThrownBy(() -> client.execute(new GetChat(Long.toString(group.id()))))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was kicked from the supergroup chat");
                });
    }

    private JsonNode member(long chatId, long userId) throws Exception {
        FakeHttp.Reply reply = http.call("getChatMember", Map.of("chat_id", chatId, "user_id", userId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.result();
    }
}
