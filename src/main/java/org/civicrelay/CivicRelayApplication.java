package org.civicrelay;

import org.civicrelay.config.StartupFailure;
import org.civicrelay.operations.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the bot, or, given {@code backup FILE}, runs that command instead and never boots the bot. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicRelayApplication {

    public static void main(String[] args) {
        if (BackupCommand.isAskedFor(args)) {
            // An operator's command beside the running bot: it must never boot a second bot.
            System.exit(BackupCommand.run(args));
        }
        try {
            SpringApplication.run(CivicRelayApplication.class, args);
        } catch (Throwable failure) {
            System.exit(StartupFailure.report(failure));
        }
    }
}
