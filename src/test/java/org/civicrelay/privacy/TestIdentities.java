package org.civicrelay.privacy;

import java.time.Clock;
import java.time.Duration;
import org.civicrelay.config.TestSettings;

/** Real {@link Identities} and {@link EpochKeys} under the fixed test data key, for tests outside this package. */
public final class TestIdentities {

    private TestIdentities() {}

    public static Identities identities() {
        return new KeyedIdentities(DataKey.of(TestSettings.DATA_KEY));
    }

    /** Epoch keys (in memory, as in the bot) with the default window (48 h) and epoch (1 h). */
    public static EpochKeys epochKeys(Clock clock) {
        return epochKeys(clock, Duration.ofHours(48), Duration.ofHours(1));
    }

    /**
     * A chat id sealed as versions before 11 sealed it (one fixed associated data for every value, no version
     * byte), under the test data key: what an upgraded database holds until the bot seals it again.
     */
    public static byte[] sealedTheOldWay(long chatId) {
        try {
            byte[] nonce = new byte[12];
            new java.security.SecureRandom().nextBytes(nonce);
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    javax.crypto.Cipher.ENCRYPT_MODE,
                    new javax.crypto.spec.SecretKeySpec(
                            DataKey.of(TestSettings.DATA_KEY).derive("civic-relay/seal/v1"), "AES"),
                    new javax.crypto.spec.GCMParameterSpec(128, nonce));
            cipher.updateAAD("civic-relay chat id v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(
                    java.nio.ByteBuffer.allocate(8).putLong(chatId).array());
            return java.nio.ByteBuffer.allocate(12 + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EpochKeys epochKeys(Clock clock, Duration window, Duration epoch) {
        PrivacySettings settings = new PrivacySettings(
                TestSettings.DATA_KEY,
                null,
                false,
                new PrivacySettings.RetentionPeriods(Duration.ofDays(2), Duration.ofMinutes(5)),
                new PrivacySettings.Anonymity(window, epoch));
        return new EpochKeys(clock, settings);
    }

    /** Real {@link ReceiptHashes} under the same test data key. */
    public static ReceiptHashes receiptHashes() {
        return new ReceiptHashes(DataKey.of(TestSettings.DATA_KEY));
    }
}
