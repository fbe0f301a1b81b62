package org.civicrelay.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.config.DatabaseLocation;
import org.civicrelay.config.Refusal;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * A consistent copy of the live database in a new file that only its owner can read. SQLite writes it
 * ({@code VACUUM INTO}: one read transaction, so the bot keeps writing meanwhile; no free pages, so no
 * leftovers of deleted rows) into a fresh owner-only folder beside the target; the finished, synced copy
 * is then linked to its name in one step that fails if the name is taken. Killed at any moment, it leaves
 * the target either absent or complete; what a killed run leaves in its folder the next backup removes.
 */
final class Backup {

    /** Followed by the pid of the backup that made it, so that a later backup can tell a dead one's leftovers. */
    static final String WORK_FOLDER_PREFIX = ".civic-relay-backup-";

    static final String WORK_FILE = "backup.db";
    private static final Pattern WORK_FOLDER = Pattern.compile(Pattern.quote(WORK_FOLDER_PREFIX) + "(\\d+)-.*");

    /** What was written: the backup's absolute path and its size. */
    record Written(Path file, long bytes) {}

    private final Path database;

    /** {@code database}: absolute, as {@link DatabaseLocation} gives it. */
    Backup(Path database) {
        this.database = database;
    }

    Written to(Path requested) {
        Path target = requested.toAbsolutePath().normalize();
        requireDatabase();
        requireNewTarget(target);
        Path folder = target.getParent();
        removeLeftovers(folder);
        Path work = workFolder(target);
        try {
            Path copy = work.resolve(WORK_FILE);
            vacuumInto(copy, target);
            ownerOnly(copy);
            sync(copy);
            publish(copy, target);
            syncFolder(folder);
            return new Written(target, Files.size(target));
        } catch (IOException e) {
            throw new Refusal("Cannot back up to " + target + ": " + describe(e) + "; nothing was written there");
        } finally {
            deleteQuietly(work);
        }
    }

    private void requireDatabase() {
        try {
            if (Files.isRegularFile(database) && Files.size(database) > 0) {
                return;
            }
        } catch (IOException e) {
            // unreadable: refused below like a missing one
        }
        throw new Refusal("Cannot back up: there is no database at " + database + " (" + DatabaseLocation.SETTING
                + "); run the backup with the bot's settings, from its folder");
    }

    private static void requireNewTarget(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refusal("Cannot back up to " + target + ": its folder does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new Refusal("Cannot back up to " + target + ": its folder is not writable");
        }
    }

    private static Refusal exists(Path target) {
        return new Refusal("Cannot back up to " + target + ": it already exists, and a backup never replaces a file;"
                + " choose a new name");
    }

    /** A new folder beside the target that only the owner can enter: the copy is private while it is written. */
    private static Path workFolder(Path target) {
        String prefix = WORK_FOLDER_PREFIX + ProcessHandle.current().pid() + "-";
        try {
            return Files.createTempDirectory(target.getParent(), prefix, ownerOnly(target, "rwx------"));
        } catch (IOException e) {
            throw new Refusal("Cannot back up to " + target + ": its folder is not writable (" + describe(e) + ")");
        }
    }

    /** Read-only, never creating: a backup must not change the live database or make an empty one. */
    private void vacuumInto(Path copy, Path target) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setReadOnly(true);
        sqlite.setBusyTimeout(10_000);
        try (Connection connection = sqlite.createConnection("jdbc:sqlite:" + database);
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, copy.toString());
            vacuum.execute();
        } catch (SQLException e) {
            String code = e instanceof SQLiteException sqlite3
                    ? sqlite3.getResultCode().name()
                    : e.getClass().getSimpleName();
            throw new Refusal(
                    "Cannot back up " + database + ": SQLite failed (" + code + "); nothing was written to " + target);
        }
    }

    /** Hard-linking fails if the name exists, atomically; where links are not supported, a checked move. */
    private static void publish(Path copy, Path target) throws IOException {
        try {
            Files.createLink(target, copy);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw exists(target);
            }
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Work folders of backups whose process is gone (killed, or the machine stopped): safe to delete. */
    private static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, WORK_FOLDER_PREFIX + "*")) {
            for (Path entry : entries) {
                Matcher name = WORK_FOLDER.matcher(entry.getFileName().toString());
                if (name.matches()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && !isAlive(Long.parseLong(name.group(1)))) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Leftovers are owner-only and harmless; failing to tidy them must not fail the backup.
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path near, String permissions) {
        if (near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
            };
        }
        return new FileAttribute<?>[0];
    }

    /** The copy's bytes on disk before its name appears: a backup that exists is a complete one. */
    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The new name on disk too; not every platform can sync a folder, and the copy itself is already safe. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // see above
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an owner-only leftover; the next backup tries again
        }
    }

    private static String describe(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null
                ? e.getClass().getSimpleName() + ": " + fs.getReason()
                : e.getClass().getSimpleName();
    }
}
