package org.civicrelay.operations;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.civicrelay.config.DatabaseLocation;
import org.civicrelay.config.Refusal;
import org.civicrelay.config.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup FILE}: writes a consistent, owner-only copy of the database while the bot runs. It reads
 * the settings exactly as the bot does (application.yml, bot-config.yml or BOT_CONFIG, the environment) but
 * starts nothing of the bot: no polling, no migrations, and not the instance lock, which the running bot holds.
 */
public final class BackupCommand {

    static final String NAME = "backup";
    static final String USAGE = "Usage: backup FILE, where FILE is a new file for the copy of the database "
            + "(an existing file is never replaced)";

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private BackupCommand() {}

    public static boolean isAskedFor(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command; returns the exit code: 0 written, 2 refused (one line says why). */
    public static int run(String... args) {
        try (ConfigurableApplicationContext settings = settingsOnly()) {
            Path target = target(args);
            Backup.Written written = new Backup(DatabaseLocation.from(settings.getEnvironment())).to(target);
            log.info(
                    "civic-relay: Backup written to {} ({} bytes, {}), readable by its owner only",
                    written.file(),
                    String.format(Locale.ROOT, "%,d", written.bytes()),
                    megabytes(written.bytes()));
            return 0;
        } catch (RuntimeException failure) {
            return StartupFailure.report(failure);
        }
    }

    /** The FILE argument, or a refusal that shows the usage. */
    static Path target(String... args) {
        if (args.length != 2 || args[1].isBlank()) {
            throw new Refusal(USAGE);
        }
        try {
            return Path.of(args[1]);
        } catch (InvalidPathException e) {
            throw new Refusal("Cannot back up to that FILE: it is not a valid path; " + USAGE);
        }
    }

    /**
     * A Spring application with no beans of the bot: the same configuration files, environment and logging,
     * and nothing else. Closed after the backup, which also ends its keep-alive thread.
     */
    private static ConfigurableApplicationContext settingsOnly() {
        SpringApplication application = new SpringApplication(SettingsOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        return application.run();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** The application's only source: not a configuration, so that nothing is scanned or auto-configured. */
    static final class SettingsOnly {}
}
