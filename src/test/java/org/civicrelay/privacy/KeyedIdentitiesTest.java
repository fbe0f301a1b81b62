package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyedIdentitiesTest {

    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled((byte) 0x5A));
    private static final SealedPlace REPLY = new SealedPlace("suggestion", "reply_to", "S-7KQ3X");

    private final KeyedIdentities identities = withKey(TestSettings.DATA_KEY);

    @ParameterizedTest
    @ValueSource(longs = {720000006L, -1001234567890L, 0L, Long.MAX_VALUE, Long.MIN_VALUE})
    void a_sealed_chat_id_opens_to_the_same_id(long chatId) {
        assertThat(identities.open(identities.seal(chatId, REPLY))).isEqualTo(chatId);
    }

    @Test
    void sealing_the_same_id_twice_uses_a_fresh_nonce_each_time() {
        byte[] first = identities.seal(720000006L, REPLY).bytes();
        byte[] second = identities.seal(720000006L, REPLY).bytes();

        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSize(1 + 12 + 8 + 16); // version, nonce, the id, the GCM tag
        assertThat(first[0]).isEqualTo(KeyedIdentities.VERSION);
    }

    @Test
    void a_tampered_or_foreign_sealed_id_is_rejected() {
        byte[] sealed = identities.seal(720000006L, REPLY).bytes();
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatIllegalArgumentException()
                    .as("bit flipped in byte %d", i)
                    .isThrownBy(() -> identities.open(new SealedId(tampered, REPLY)));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> withKey(OTHER_KEY).open(new SealedId(sealed, REPLY)));
    }

    @Test
    void a_sealed_id_moved_to_another_row_column_or_table_does_not_open() {
        byte[] sealed = identities.seal(720000006L, REPLY).bytes();

        for (SealedPlace elsewhere : new SealedPlace[] {
            new SealedPlace("suggestion", "reply_to", "S-7KQ3Y"),
            new SealedPlace("suggestion", "other", "S-7KQ3X"),
            new SealedPlace("follow", "reply_to", "S-7KQ3X"),
            new SealedPlace(
                    "follow", "chat", "R7/" + identities.pseudonym(720000006L).value())
        }) {
            assertThatIllegalArgumentException()
                    .as("opened at %s", elsewhere)
                    .isThrownBy(() -> identities.open(new SealedId(sealed, elsewhere)));
        }
    }

    @Test
    void any_value_can_be_sealed_for_its_place_and_opens_only_there() {
        SealedPlace payload =
                new SealedPlace("outbox", "payload", identities.pseudonym(1L).value());
        byte[] text = "{\"kind\":\"SEND\",\"text\":\"a suggestion quoted\"}".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = identities.seal(text, payload);

        assertThat(identities.open(sealed, payload)).isEqualTo(text);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("quoted");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> identities.open(
                        sealed,
                        new SealedPlace(
                                "outbox", "payload", identities.pseudonym(2L).value())));
    }

    @Test
    void a_chat_id_sealed_before_places_opens_only_through_the_one_time_reseal() {
        byte[] legacy = TestIdentities.sealedTheOldWay(720000006L);

        assertThat(Identities.isLegacy(legacy)).isTrue();
        assertThat(identities.openLegacy(legacy)).isEqualTo(720000006L);
        assertThatIllegalArgumentException().isThrownBy(() -> identities.open(new SealedId(legacy, REPLY)));
        assertThat(Identities.isLegacy(identities.seal(720000006L, REPLY).bytes()))
                .isFalse();
    }

    @Test
    void pseudonyms_are_stable_for_one_key_and_unrelated_across_keys() {
        KeyedIdentities sameKeyAfterRestart = withKey(TestSettings.DATA_KEY);
        KeyedIdentities otherKey = withKey(OTHER_KEY);

        assertThat(identities.pseudonym(720000006L))
                .isEqualTo(identities.pseudonym(720000006L))
                .isEqualTo(sameKeyAfterRestart.pseudonym(720000006L))
                .isNotEqualTo(otherKey.pseudonym(720000006L))
                .isNotEqualTo(identities.pseudonym(720000007L));
    }

    @Test
    void a_pseudonym_does_not_reveal_the_id() {
        long id = 720000006L;
        String pseudonym = identities.pseudonym(id).value();

        assertThat(pseudonym)
                .hasSize(22)
                .matches("[A-Za-z0-9_-]+")
                .doesNotContain(Long.toString(id))
                .doesNotContain(Long.toHexString(id))
                .doesNotContain(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(ByteBuffer.allocate(8).putLong(id).array())
                        .substring(0, 8));
        assertThat(identities.pseudonym(id)).hasToString("Pseudonym[…]");
    }

    @Test
    void message_links_need_the_data_key_not_just_the_pseudonym() throws Exception {
        Pseudonym chat = identities.pseudonym(720000006L);
        String link = identities.messageLink(chat, 42);
        String unkeyed = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest((chat.value() + "/42").getBytes(StandardCharsets.UTF_8)));

        assertThat(link)
                .isEqualTo(identities.messageLink(chat, 42))
                .hasSize(22)
                .isNotEqualTo(identities.messageLink(chat, 43))
                .isNotEqualTo(withKey(OTHER_KEY).messageLink(chat, 42));
        assertThat(unkeyed).doesNotContain(link);
        assertThat(link).isNotEqualTo(chat.value());
    }

    private static KeyedIdentities withKey(String base64) {
        return new KeyedIdentities(DataKey.of(base64));
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
