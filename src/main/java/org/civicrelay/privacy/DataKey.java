package org.civicrelay.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civicrelay.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 32-byte master key, from {@code BOT_DATA_KEY} or, failing that, from a key file beside the
 * database that is created on first start with owner-only permissions. Separate sub-keys are derived
 * for encryption and for pseudonyms so that one use never weakens the other.
 */
final class DataKey {

    private static final Logger log = LoggerFactory.getLogger(DataKey.class);
    static final String KEY_FILE_NAME = "civic-relay.key";
    static final String SETTING = "BOT_DATA_KEY (bot.data-key)";

    private final byte[] master;
    /** The key file this start created, or null: a fresh key cannot be the key of an existing database. */
    private final Path generated;

    private DataKey(byte[] master, Path generated) {
        this.master = master;
        this.generated = generated;
    }

    /** {@code configured}: BOT_DATA_KEY, null or blank when unset; {@code database}: where the key file goes beside. */
    static DataKey from(String configured, Path database) {
        if (configured != null && !configured.isBlank()) {
            return new DataKey(decode(configured.trim(), SETTING), null);
        }
        Path keyFile = database.toAbsolutePath().normalize().resolveSibling(KEY_FILE_NAME);
        try {
            if (Files.exists(keyFile)) {
                return new DataKey(decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(),
                        "the key file " + KEY_FILE_NAME), null);
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            }
            return new DataKey(fresh, keyFile);
        } catch (IOException e) {
            throw new InvalidSettingException(SETTING,
                    "is not set and the key file beside the database cannot be read or created (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SETTING, "must be base64 of 32 random bytes (" + source + " is not base64); make one with: openssl rand -base64 32");
        }
        if (key.length != 32) {
            throw new InvalidSettingException(SETTING, "must be base64 of exactly 32 bytes; make one with: openssl rand -base64 32");
        }
        return key;
    }

    /** True when this start generated the key (neither BOT_DATA_KEY nor a key file was there). */
    boolean isGenerated() {
        return generated != null;
    }

    /**
     * Once the database has accepted the key: a generated key is worth a warning, since it lies beside the
     * database it protects. (Not said before: a key the database then refuses is deleted, not kept.)
     */
    void warnIfGenerated() {
        if (generated != null) {
            log.warn("BOT_DATA_KEY is not set: a data key was generated in {} beside the database. "
                    + "Move it out of the data folder and pass it as BOT_DATA_KEY, so that a copy of the "
                    + "database alone does not come with its key.", KEY_FILE_NAME);
        }
    }

    /** Deletes the key file this start generated, so that a refused start leaves no useless key behind. */
    void discardGenerated() {
        if (generated != null) {
            try {
                Files.deleteIfExists(generated);
            } catch (IOException e) {
                log.warn("The generated key file {} could not be deleted ({})", KEY_FILE_NAME, e.getClass().getSimpleName());
            }
        }
    }

    /** A sub-key for one purpose: HMAC-SHA256(master, purpose), as in HKDF-Expand with a single block. */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
