package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Payloads shaped like those of Bot API versions newer than the library: unknown fields, enum values and
 * subtypes are read as absent, a newer shape of an old field is cut out, and only an update missing what
 * says who wrote where is unreadable, with what is needed to answer its sender recovered from the JSON.
 */
class UpdateReaderTest {

    private static final String FROM = """
            {"id":710000001,"is_bot":false,"first_name":"Ana","language_code":"ru"}""";
    private static final String CHAT = """
            {"id":710000001,"type":"private","first_name":"Ana"}""";

    private final UpdateReader reader = new UpdateReader();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void an_ordinary_text_message_is_read_without_cuts() {
        UpdateReader.Readable readable = readable(message(5, ""));

        assertThat(readable.cuts()).isZero();
        assertThat(readable.kind()).isEqualTo("message");
        assertThat(readable.update().getMessage().getText()).isEqualTo("hello");
        assertThat(readable.update().getMessage().getChatId()).isEqualTo(710_000_001L);
    }

    @Test
    void unknown_fields_values_and_subtypes_are_read_as_absent() {
        UpdateReader.Readable forward = readable(message(5, """
                ,"forward_origin":{"type":"future_origin","date":1760000000,"sender_future":{"id":1}}"""));
        assertThat(forward.update().getMessage().getText()).isEqualTo("hello");
        assertThat(forward.update().getMessage().getForwardOrigin()).isNull();

        UpdateReader.Readable unknownObject = readable(message(6, """
                ,"quantum_poll":{"question":"?","options":[1,2]},"entities":[{"type":"future_entity","offset":0,"length":2}]"""));
        assertThat(unknownObject.update().getMessage().getText()).isEqualTo("hello");

        UpdateReader.Readable member = readable("""
                {"update_id":7,"my_chat_member":{"chat":%s,"from":%s,"date":1760000000,
                 "old_chat_member":{"status":"member","user":%s},
                 "new_chat_member":{"status":"future_status","user":%s,"until_date":0}}}""".formatted(CHAT, FROM, FROM, FROM));
        assertThat(member.update().getMyChatMember().getNewChatMember()).isNull();
        assertThat(member.update().getMyChatMember().getChat().getId()).isEqualTo(710_000_001L);

        assertThat(readable("""
                {"update_id":8,"future_update":{"anything":[1,{"a":2}]}}""").kind()).isEqualTo("future_update");
    }

    @Test
    void a_newer_shape_of_a_known_field_is_cut_out_and_the_rest_read() {
        String raw = """
                {"update_id":9,"callback_query":{"id":"4711","from":%s,"chat_instance":"-1","data":"topic:media",
                 "message":{"message_id":3,"date":1760000000,"chat":%s,"text":"Choose","checklist":"now a string"}}}""".formatted(FROM, CHAT);
        assertThatThrownBy(() -> plain.readValue(raw, Update.class))
                .as("the library alone fails on it")
                .isInstanceOf(Exception.class);

        UpdateReader.Readable readable = readable(raw);

        assertThat(readable.cuts()).isEqualTo(1);
        assertThat(readable.update().getCallbackQuery().getData()).isEqualTo("topic:media");
        assertThat(readable.update().getCallbackQuery().getMessage().getChatId())
                .isEqualTo(710_000_001L);
    }

    @Test
    void a_message_without_a_readable_sender_is_unreadable_but_its_private_chat_is_recovered() {
        String raw = """
                {"update_id":10,"message":{"message_id":7,"date":1760000000,
                 "from":{"id":710000001,"first_name":"Ana","language_code":"uk"},"chat":%s,"text":"hi"}}""".formatted(CHAT);
        assertThatThrownBy(() -> plain.readValue(raw, Update.class)).isInstanceOf(Exception.class);

        UpdateReader.Unreadable unreadable = unreadable(raw);

        assertThat(unreadable.updateId()).isEqualTo(10);
        assertThat(unreadable.kind()).isEqualTo("message");
        assertThat(unreadable.privateChatId()).isEqualTo(710_000_001L);
        assertThat(unreadable.languageCode()).isEqualTo("uk");
    }

    @Test
    void a_chat_without_its_type_is_recognised_as_private_by_its_positive_id() {
        UpdateReader.Unreadable unreadable = unreadable("""
                {"update_id":11,"message":{"message_id":7,"date":1,"from":%s,"chat":{"id":710000001},"text":"hi"}}""".formatted(FROM));

        assertThat(unreadable.privateChatId()).isEqualTo(710_000_001L);
    }

    @Test
    void an_unreadable_group_message_is_never_answered() {
        UpdateReader.Unreadable unreadable = unreadable("""
                {"update_id":12,"message":{"message_id":7,"date":1,"from":{"id":710000001},
                 "chat":{"id":-1001234567890,"type":"supergroup","title":"Mods"},"text":"hi"}}""");

        assertThat(unreadable.privateChatId()).isNull();
        assertThat(unreadable.callbackId()).isNull();
    }

    @Test
    void an_unreadable_button_press_keeps_its_id_to_be_answered() {
        UpdateReader.Unreadable unreadable = unreadable("""
                {"update_id":13,"callback_query":{"id":"4712","from":{"id":710000001},"chat_instance":"-1",
                 "data":"topic:media","message":{"message_id":3,"date":1,"chat":%s,"text":"Choose"}}}""".formatted(CHAT));

        assertThat(unreadable.callbackId()).isEqualTo("4712");
        assertThat(unreadable.callbackChatId()).isEqualTo(710_000_001L);
        assertThat(unreadable.callbackInPrivateChat()).isTrue();
    }

    @Test
    void a_batch_keeps_every_update_in_order_readable_or_not() throws Exception {
        JsonNode result = plain.readTree("[" + message(20, "") + ","
                + """
                {"update_id":21,"message":{"message_id":8,"date":1,"from":{"id":710000002},"chat":{"id":710000002,"type":"private"}}}"""
                + "," + message(22, ",\"paid_future_media\":{\"stars\":5}") + ","
                + "\"not an update\"," + "{\"no_id\":true}" + "]");

        List<UpdateReader.Incoming> updates = reader.readAll(result);

        assertThat(updates).extracting(UpdateReader.Incoming::updateId).containsExactly(20L, 21L, 22L);
        assertThat(updates)
                .extracting(incoming -> incoming.getClass().getSimpleName())
                .containsExactly("Readable", "Unreadable", "Readable");
    }

    private static String message(long updateId, String extra) {
        return """
                {"update_id":%d,"message":{"message_id":7,"date":1760000000,"from":%s,"chat":%s,"text":"hello"%s}}""".formatted(updateId, FROM, CHAT, extra);
    }

    private UpdateReader.Readable readable(String raw) {
        UpdateReader.Incoming incoming = read(raw);
        assertThat(incoming).isInstanceOf(UpdateReader.Readable.class);
        return (UpdateReader.Readable) incoming;
    }

    private UpdateReader.Unreadable unreadable(String raw) {
        UpdateReader.Incoming incoming = read(raw);
        assertThat(incoming).isInstanceOf(UpdateReader.Unreadable.class);
        return (UpdateReader.Unreadable) incoming;
    }

    private UpdateReader.Incoming read(String raw) {
        try {
            return reader.read(plain.readTree(raw));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
