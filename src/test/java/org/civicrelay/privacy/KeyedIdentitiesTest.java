package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Base64;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyedIdentitiesTest {

    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled((byte) 0x5A));

    private final KeyedIdentities identities = withKey(TestSettings.DATA_KEY);

    @ParameterizedTest
    @ValueSource(longs = {720000006L, -1001234567890L, 0L, Long.MAX_VALUE, Long.MIN_VALUE})
    void a_sealed_chat_id_opens_to_the_same_id(long chatId) {
        assertThat(identities.open(identities.seal(chatId))).isEqualTo(chatId);
    }

    @Test
    void sealing_the_same_id_twice_uses_a_fresh_nonce_each_time() {
        byte[] first = identities.seal(720000006L).bytes();
        byte[] second = identities.seal(720000006L).bytes();

        assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSize(12 + 8 + 16); // nonce, the id, the GCM tag
    }

    @Test
    void a_tampered_or_foreign_sealed_id_is_rejected() {
        byte[] sealed = identities.seal(720000006L).bytes();
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatIllegalArgumentException().as("bit flipped in byte %d", i)
                    .isThrownBy(() -> identities.open(new SealedId(tampered)));
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withKey(OTHER_KEY).open(new SealedId(sealed)));
    }

    @Test
    void pseudonyms_are_stable_for_one_key_and_unrelated_across_keys() {
        KeyedIdentities sameKeyAfterRestart = withKey(TestSettings.DATA_KEY);
        KeyedIdentities otherKey = withKey(OTHER_KEY);

        assertThat(identities.pseudonym(720000006L)).isEqualTo(identities.pseudonym(720000006L))
                .isEqualTo(sameKeyAfterRestart.pseudonym(720000006L))
                .isNotEqualTo(otherKey.pseudonym(720000006L))
                .isNotEqualTo(identities.pseudonym(720000007L));
    }

    @Test
    void a_pseudonym_does_not_reveal_the_id() {
        long id = 720000006L;
        String pseudonym = identities.pseudonym(id).value();

        assertThat(pseudonym).hasSize(22).matches("[A-Za-z0-9_-]+")
                .doesNotContain(Long.toString(id))
                .doesNotContain(Long.toHexString(id))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(java.nio.ByteBuffer.allocate(8).putLong(id).array()).substring(0, 8));
        assertThat(identities.pseudonym(id)).hasToString("Pseudonym[…]");
    }

    @Test
    void author_keys_are_stable_per_person_and_unlike_the_ordinary_pseudonym() {
        Pseudonym user = identities.pseudonym(720000006L);

        assertThat(identities.authorKey(user)).isEqualTo(identities.authorKey(identities.pseudonym(720000006L)));
        assertThat(identities.authorKey(user)).isNotEqualTo(identities.authorKey(identities.pseudonym(720000007L)));
        assertThat(identities.authorKey(user).value()).isNotEqualTo(user.value());
        assertThat(withKey(OTHER_KEY).authorKey(user)).as("another data key").isNotEqualTo(identities.authorKey(user));
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
