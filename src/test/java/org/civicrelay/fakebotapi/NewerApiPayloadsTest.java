package org.civicrelay.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Raw updates, and what TelegramBots 10.2.0's own mapping makes of the newer payloads (as their javadoc says). */
class NewerApiPayloadsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private FakeTelegram fake;
    private FakeHttp http;
    private FakeUser alice;
    private BotMessage offer;

    @BeforeEach
    void start() throws Exception {
        fake = FakeTelegram.start("123:TEST-token");
        http = new FakeHttp(fake);
        alice = fake.user(710_000_001L);
        alice.send("/start");
        http.call(
                "sendMessage",
                Map.of(
                        "chat_id",
                        alice.id(),
                        "text",
                        "pick",
                        "reply_markup",
                        Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", "yes"))))));
        offer = alice.lastMessage();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static Stream<Arguments> payloads() {
        return Stream.of(
                reads(
                        "forwardWithFutureOrigin",
                        (p, m) -> NewerApiPayloads.forwardWithFutureOrigin(p, "fwd"),
                        u -> assertThat(u.getMessage().getForwardOrigin()).isNull()),
                reads(
                        "myChatMemberWithFutureStatus",
                        (p, m) -> NewerApiPayloads.myChatMemberWithFutureStatus(p),
                        u -> assertThat(u.getMyChatMember().getNewChatMember()).isNull()),
                reads(
                        "unknownObjectWithoutText",
                        (p, m) -> NewerApiPayloads.unknownObjectWithoutText(p),
                        u -> assertThat(u.getMessage().hasText()).isFalse()),
                reads(
                        "textWithNewerFields",
                        (p, m) -> NewerApiPayloads.textWithNewerFields(p, "new"),
                        u -> assertThat(u.getMessage().getText()).isEqualTo("new")),
                reads(
                        "textWithFutureEntity",
                        (p, m) -> NewerApiPayloads.textWithFutureEntity(p, "/start now"),
                        u -> assertThat(u.getMessage().getEntities())
                                .extracting("type")
                                .containsExactly("bot_command", "future_entity")),
                reads(
                        "reactionWithFutureType",
                        (p, m) -> NewerApiPayloads.reactionWithFutureType(p, m.messageId()),
                        u -> assertThat(u.getMessageReaction().getNewReaction())
                                .hasSize(2)
                                .containsNull()),
                reads(
                        "futureUpdateKind",
                        (p, m) -> NewerApiPayloads.futureUpdateKind(p),
                        u -> assertThat(u.hasMessage() || u.hasCallbackQuery() || u.hasMyChatMember())
                                .isFalse()),
                reads(
                        "callbackWithUnknownNestedObject",
                        (p, m) -> NewerApiPayloads.callbackWithUnknownNestedObject(p, m, "yes"),
                        u -> assertThat(u.getCallbackQuery().getData()).isEqualTo("yes")),
                fails(
                        "chatBackgroundOfFutureType",
                        (p, m) -> NewerApiPayloads.chatBackgroundOfFutureType(p),
                        JsonMappingException.class),
                fails(
                        "giftWithoutConvertStarCount",
                        (p, m) -> NewerApiPayloads.giftWithoutConvertStarCount(p),
                        ValueInstantiationException.class),
                fails(
                        "messageWithoutChatType",
                        (p, m) -> NewerApiPayloads.messageWithoutChatType(p, "/start"),
                        ValueInstantiationException.class),
                fails(
                        "messageFromUserWithoutIsBot",
                        (p, m) -> NewerApiPayloads.messageFromUserWithoutIsBot(p, "hi"),
                        ValueInstantiationException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void telegrambots_reads_or_fails_each_payload_as_documented(
            String name, Builder build, Consumer<Update> check, Class<? extends Exception> failure) {
        ObjectNode update = mapper.createObjectNode().put("update_id", 1);
        RawUpdate raw = build.apply(alice, offer);
        update.set(raw.type(), raw.payload());

        if (failure == null) {
            Update parsed = read(update);
            assertThat(parsed.getUpdateId()).isEqualTo(1);
            check.accept(parsed);
        } else {
            assertThatThrownBy(() -> mapper.treeToValue(update, Update.class)).isExactlyInstanceOf(failure);
        }
    }

    @Test
    void documented_shapes_pass_api_json_and_broken_ones_miss_exactly_the_removed_field() {
        ApiSchema schema = ApiSchema.load(mapper);

        assertThat(missing(schema, NewerApiPayloads.giftWithoutConvertStarCount(alice)))
                .isEmpty();
        assertThat(missing(schema, NewerApiPayloads.textWithNewerFields(alice, "x")))
                .isEmpty();
        assertThat(missing(schema, NewerApiPayloads.callbackWithUnknownNestedObject(alice, offer, "yes")))
                .isEmpty();
        assertThat(missing(schema, NewerApiPayloads.messageWithoutChatType(alice, "x")))
                .containsExactly("Update.message.chat.type");
        assertThat(missing(schema, NewerApiPayloads.messageFromUserWithoutIsBot(alice, "x")))
                .containsExactly("Update.message.from.is_bot");
    }

    @Test
    void a_user_first_seen_in_an_unreadable_update_has_started_the_bot_and_can_be_answered() throws Exception {
        FakeUser bob = fake.user(710_000_002L);
        RawUpdate unreadable = NewerApiPayloads.messageWithoutChatType(bob, "/start");
        int messageId = unreadable.payload().path("message_id").asInt();

        long updateId = fake.enqueueRawUpdate(unreadable);
        JsonNode delivered = lastUpdate();

        assertThat(delivered.path("update_id").asLong()).isEqualTo(updateId);
        assertThat(delivered.path("message").toString())
                .isEqualTo(unreadable.payload().toString());
        assertThat(delivered.at("/message/chat").has("type")).isFalse();
        assertThat(fake.userMessagesIn(bob.id()))
                .extracting(UserMessage::messageId, UserMessage::text)
                .containsExactly(tuple(messageId, "/start"));
        FakeHttp.Reply answer = http.call(
                "sendMessage",
                Map.of("chat_id", bob.id(), "text", "Welcome", "reply_parameters", Map.of("message_id", messageId)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(bob.lastMessage().replyToMessageId()).isEqualTo(messageId);
    }

    @Test
    void unknown_update_kinds_arrive_as_json_text_unchanged_and_are_recorded() throws Exception {
        String json = "{\"chat\":{\"id\":" + alice.id() + ",\"type\":\"private\"},\"hologram\":{\"depth\":3}}";

        long updateId = fake.enqueueRawUpdate("future_update", json);
        JsonNode delivered = lastUpdate();

        assertThat(delivered.path("update_id").asLong()).isEqualTo(updateId);
        assertThat(delivered.path("future_update").toString()).isEqualTo(json);
        assertThat(fake.allUpdates())
                .last()
                .satisfies(told -> assertThat(told.has("future_update")).isTrue());
        assertThatThrownBy(() -> fake.enqueueRawUpdate("message", "[1]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_press_in_a_raw_callback_can_be_answered_once() throws Exception {
        RawUpdate press = NewerApiPayloads.callbackWithUnknownNestedObject(alice, offer, "yes");
        fake.enqueueRawUpdate(press);
        String queryId = lastUpdate().at("/callback_query/id").asText();

        assertThat(lastUpdate()
                        .at("/callback_query/message/future_attachment/kind")
                        .asText())
                .isEqualTo("hologram");
        assertThat(http.call("answerCallbackQuery", Map.of("callback_query_id", queryId))
                        .status())
                .isEqualTo(200);
        assertThat(fake.callback(queryId).answered()).isTrue();
        assertThat(fake.unansweredCallbacks()).isEmpty();
    }

    @Test
    void reactions_of_a_future_type_arrive_only_when_the_bot_asks_for_reactions() throws Exception {
        fake.enqueueRawUpdate(NewerApiPayloads.reactionWithFutureType(alice, offer.messageId()));
        JsonNode byDefault = http.call("getUpdates", Map.of()).result();
        assertThat(byDefault).hasSize(1);
        assertThat(byDefault.get(0).has("message")).isTrue();

        fake.enqueueRawUpdate(NewerApiPayloads.reactionWithFutureType(alice, offer.messageId()));
        JsonNode updates = http.call("getUpdates", Map.of("allowed_updates", List.of("message_reaction")))
                .result();

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).at("/message_reaction/new_reaction/1/type").asText())
                .isEqualTo("future_reaction");
    }

    /** The newest update pending, fetched without confirming any. */
    private JsonNode lastUpdate() throws Exception {
        JsonNode updates = http.call("getUpdates", Map.of()).result();
        return updates.get(updates.size() - 1);
    }

    private Update read(ObjectNode update) {
        try {
            return mapper.treeToValue(update, Update.class);
        } catch (Exception e) {
            throw new AssertionError("TelegramBots could not read " + update, e);
        }
    }

    private static List<String> missing(ApiSchema schema, RawUpdate raw) {
        ObjectNode update = new ObjectMapper().createObjectNode().put("update_id", 1);
        update.set(raw.type(), raw.payload());
        return schema.missingRequiredFields("Update", update);
    }

    /** Builds a payload for a user, given a bot message with a button in their chat. */
    @FunctionalInterface
    interface Builder extends BiFunction<FakeUser, BotMessage, RawUpdate> {}

    private static Arguments reads(String name, Builder build, Consumer<Update> check) {
        return Arguments.of(name, build, check, null);
    }

    private static Arguments fails(String name, Builder build, Class<? extends Exception> failure) {
        return Arguments.of(name, build, (Consumer<Update>) u -> {}, failure);
    }
}
