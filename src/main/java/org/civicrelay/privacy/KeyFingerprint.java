package org.civicrelay.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civicrelay.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ties the database to its data key. Started with another key, the bot would seal, open and look up
 * everything under sub-keys that match nothing stored: every follow, reply address and pending
 * message silently orphaned. So the database keeps a fingerprint of its key (an HMAC of a fixed label
 * under a sub-key of its own, which says nothing about the key) and a start with another key is refused.
 */
@Component
class KeyFingerprint {

    private static final Logger log = LoggerFactory.getLogger(KeyFingerprint.class);
    static final String NAME = "data_key_fingerprint";
    private static final String PURPOSE = "civic-relay/fingerprint/v1";
    private static final byte[] LABEL =
            "civic-relay: the data key of this database".getBytes(StandardCharsets.US_ASCII);

    private final MetaRepository meta;

    KeyFingerprint(MetaRepository meta) {
        this.meta = meta;
    }

    /**
     * Records the key's fingerprint in a database that has none (a new one, or one from before fingerprints),
     * and refuses a key whose fingerprint is not the recorded one.
     */
    void check(DataKey key) {
        String fingerprint = of(key);
        Optional<String> recorded = meta.find(NAME);
        if (recorded.isEmpty()) {
            meta.insert(NAME, fingerprint);
            log.info("The data key's fingerprint is now recorded in the database");
            return;
        }
        if (!MessageDigest.isEqual(
                recorded.get().getBytes(StandardCharsets.US_ASCII), fingerprint.getBytes(StandardCharsets.US_ASCII))) {
            throw refusal(key);
        }
    }

    /** HMAC-SHA256 of a fixed label under a sub-key for this purpose only, base64. */
    static String of(DataKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.derive(PURPOSE), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static InvalidSettingException refusal(DataKey key) {
        if (key.isGenerated()) {
            // The usual slip: the key file was moved to a secret store as advised, and BOT_DATA_KEY_FILE not set.
            key.discardGenerated();
            return new InvalidSettingException(
                    DataKey.SETTING,
                    "is not set, nor BOT_DATA_KEY_FILE, and there was no "
                            + "key file at " + key.generatedFile() + ", but this database was created with a key; set "
                            + "BOT_DATA_KEY_FILE (or BOT_DATA_KEY) to that key");
        }
        return new InvalidSettingException(
                DataKey.SETTING,
                "it is not the key this database was created with "
                        + "(its fingerprint differs); use the original key, or move the database away to start afresh");
    }
}
