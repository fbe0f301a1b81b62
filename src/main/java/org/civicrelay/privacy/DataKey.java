package org.civicrelay.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civicrelay.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 32-byte master key, from {@code BOT_DATA_KEY}, from the file {@code BOT_DATA_KEY_FILE} names (Docker
 * and systemd secrets), or, for a first local run without either, from a key file generated outside the
 * database's folder. The key is never next to the data: a key file inside the database's folder (where
 * the bot used to generate it) or readable by anyone but its owner is refused, so that no copy or backup
 * of the data folder comes with its key. Separate sub-keys are derived for each purpose so that one use
 * never weakens another.
 */
final class DataKey {

    private static final Logger log = LoggerFactory.getLogger(DataKey.class);
    static final String KEY_FILE_NAME = "civic-relay.key";
    static final String SETTING = "BOT_DATA_KEY (bot.data-key)";
    static final String FILE_SETTING = "BOT_DATA_KEY_FILE (bot.data-key-file)";
    static final String REQUIRED = "is not set, nor BOT_DATA_KEY_FILE, and this installation requires one "
            + "(BOT_DATA_KEY_REQUIRED, set in the Docker image); make a key with: openssl rand -base64 32, and pass it "
            + "as BOT_DATA_KEY or in a secret file named by BOT_DATA_KEY_FILE";
    private static final Set<PosixFilePermission> OWNER_ONLY_MASK = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private final byte[] master;
    /** The key file this start created, or null: a fresh key cannot be the key of an existing database. */
    private final Path generated;
    /** The key file found where the bot generates one (no setting names it), or null. */
    private final Path implicit;

    private DataKey(byte[] master, Path generated, Path implicit) {
        this.master = master;
        this.generated = generated;
        this.implicit = implicit;
    }

    /** BOT_DATA_KEY alone (tests and tools): {@code configured} must be set. */
    static DataKey of(String configured) {
        return new DataKey(decode(configured.trim(), "BOT_DATA_KEY", SETTING), null, null);
    }

    /** The key as start-up finds it for the database at {@code database}. */
    static DataKey from(PrivacySettings settings, Path database) {
        Path folder = database.toAbsolutePath().normalize().getParent();
        boolean inline = settings.dataKey() != null && !settings.dataKey().isBlank();
        if (inline && settings.dataKeyFile() != null) {
            throw new InvalidSettingException(FILE_SETTING, "is set together with BOT_DATA_KEY; set only one of them");
        }
        Path leftover = folder.resolve(KEY_FILE_NAME);
        if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidSettingException(settings.dataKeyFile() != null ? FILE_SETTING : SETTING, "a key file "
                    + leftover + " lies in the database's folder, where every copy and backup of the data would "
                    + "take it along; move it out of that folder (and out of its backups), then set BOT_DATA_KEY_FILE"
                    + " to where you keep it");
        }
        if (inline) {
            return of(settings.dataKey());
        }
        if (settings.dataKeyFile() != null) {
            Path file = settings.dataKeyFile().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new InvalidSettingException(FILE_SETTING, "names " + file + ", which is not a readable file");
            }
            requireApart(file, folder, FILE_SETTING);
            return new DataKey(read(file, FILE_SETTING), null, null);
        }
        if (settings.dataKeyRequired()) {
            throw new InvalidSettingException(SETTING, REQUIRED);
        }
        return generatedBeside(folder);
    }

    /** A first local run: the key file goes into the folder that holds the database's folder, never into it. */
    private static DataKey generatedBeside(Path folder) {
        Path parent = folder.getParent();
        if (parent == null) {
            throw new InvalidSettingException(SETTING, "is not set, nor BOT_DATA_KEY_FILE, and the database's folder "
                    + folder + " has no parent folder to keep a generated key in; set one of them");
        }
        Path keyFile = parent.resolve(KEY_FILE_NAME);
        if (Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS)) {
            return new DataKey(read(keyFile, SETTING), null, keyFile);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent, ownerOnlyFolder(parent));
            }
            writeOwnerOnly(keyFile, (Base64.getEncoder().encodeToString(fresh) + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | SecurityException e) {
            throw new InvalidSettingException(SETTING, "is not set, nor BOT_DATA_KEY_FILE, and no key file can be "
                    + "created in " + parent + " (" + e.getClass().getSimpleName() + "); set one of them");
        }
        return new DataKey(fresh, keyFile, null);
    }

    /**
     * Writes a new file that is owner-only from its first byte and never seen half-written: a temporary file
     * created with those permissions (not restricted afterwards), synced, then linked into place (a link,
     * unlike a rename, never replaces a file another process made meanwhile).
     */
    private static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new", ownerOnly(target));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                Files.createLink(target, temporary);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnlyFolder(Path near) {
        if (near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
        }
        return new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] ownerOnly(Path near) {
        if (near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /** A key file inside the database's folder would go wherever the data goes. */
    private static void requireApart(Path keyFile, Path databaseFolder, String setting) {
        try {
            Path realKey = keyFile.toRealPath();
            Path realFolder = databaseFolder.toRealPath();
            if (realKey.startsWith(realFolder)) {
                throw new InvalidSettingException(setting, "names " + keyFile + ", inside the database's folder "
                        + databaseFolder + ", where every copy and backup of the data would take it along; keep the "
                        + "key elsewhere");
            }
        } catch (IOException e) {
            // The database's folder does not exist yet: nothing can be inside it.
        }
    }

    /** Reads a key file, refusing one that anyone but its owner may read or change. */
    private static byte[] read(Path file, String setting) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY_MASK.containsAll(permissions)) {
                    throw new InvalidSettingException(setting, "the key file " + file + " can be read or changed by "
                            + "others (" + PosixFilePermissions.toString(permissions) + "); make it owner-only: chmod 600 "
                            + file);
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), "the key file " + file, setting);
        } catch (IOException e) {
            throw new InvalidSettingException(setting, "the key file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] decode(String base64, String source, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, "must be base64 of 32 random bytes (" + source + " is not base64); make one with: openssl rand -base64 32");
        }
        if (key.length != 32) {
            throw new InvalidSettingException(setting, "must be base64 of exactly 32 bytes (" + source
                    + " is not); make one with: openssl rand -base64 32");
        }
        return key;
    }

    /** True when this start generated the key (no setting, and no key file where one is generated). */
    boolean isGenerated() {
        return generated != null;
    }

    /** Where a generated key is (or would be) kept, for the refusal that follows a forgotten setting. */
    Path generatedFile() {
        return generated;
    }

    /**
     * Once the database has accepted the key: a key no setting names is worth a warning at every start, since
     * it lies on the same machine as the database it protects, where an operator may not expect it.
     * (Not said before: a key the database then refuses is deleted, not kept.)
     */
    void warnIfImplicit() {
        if (generated != null) {
            log.warn("BOT_DATA_KEY and BOT_DATA_KEY_FILE are not set: a data key was generated in {}, outside the "
                    + "database's folder. Keep it apart from the database and its backups (a secret store), and set "
                    + "BOT_DATA_KEY_FILE to where you keep it.", generated);
        } else if (implicit != null) {
            log.warn("BOT_DATA_KEY and BOT_DATA_KEY_FILE are not set: using the generated key file {}. Keep it apart "
                    + "from the database and its backups, and set BOT_DATA_KEY_FILE to where you keep it.", implicit);
        }
    }

    /** Deletes the key file this start generated, so that a refused start leaves no useless key behind. */
    void discardGenerated() {
        if (generated != null) {
            try {
                Files.deleteIfExists(generated);
            } catch (IOException e) {
                log.warn("The generated key file {} could not be deleted ({})", generated, e.getClass().getSimpleName());
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
