package org.civicrelay.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One bot per database. Two bots on one file would both poll Telegram (each update handled by whichever
 * asks first) and both send the outbox, so every message could go out twice. The guard is an OS lock on
 * a file beside the database, held for the life of the process: the OS drops it however the process
 * ends, kill -9 included, so a crash never leaves a stale lock behind. It is a separate file because
 * SQLite keeps its own POSIX locks on the database, and those vanish when the process closes any other
 * descriptor of that file.
 */
final class InstanceLock implements AutoCloseable {

    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code database} (absolute, its folder existing), or refuses if another process holds it. */
    static InstanceLock acquire(Path database) {
        Path file = DatabaseLocation.lockFile(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly(file));
        } catch (IOException | SecurityException e) {
            throw new InvalidSettingException(
                    DatabaseLocation.SETTING,
                    "cannot open the lock file " + file + " beside the database ("
                            + e.getClass().getSimpleName() + "); check the folder is writable");
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw held(database, file, channel);
            }
            // For the operator who wonders which process it is: the pid, nothing else.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new InstanceLock(database, channel, lock);
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM (only tests open the database twice in one process).
            throw held(database, file, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new InvalidSettingException(
                    DatabaseLocation.SETTING,
                    "cannot lock the file " + file + " beside the database ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    /** The database this process now has to itself. */
    Path database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static Refusal held(Path database, Path file, FileChannel channel) {
        closeQuietly(channel);
        return new Refusal("Another Civic Relay process is already running on " + database + " (its lock file " + file
                + " is held); stop it first");
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            };
        }
        return new FileAttribute<?>[0];
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was locked through this channel; the refusal that follows is what matters
        }
    }
}
