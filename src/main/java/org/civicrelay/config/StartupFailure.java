package org.civicrelay.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.config.ConfigDataResourceNotFoundException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.core.ResolvableType;
import org.springframework.validation.FieldError;

/**
 * Turns a failed start-up into one line an operator can act on. Spring's own multi-line failure report
 * is silenced in application.yml so that this line is what they see.
 */
public final class StartupFailure {

    static final int EXIT_INVALID_SETTINGS = 2;
    static final int EXIT_OTHER_FAILURE = 1;

    private static final Logger log = LoggerFactory.getLogger(StartupFailure.class);

    private StartupFailure() {}

    /**
     * Logs the one-line explanation (or, for anything but settings, the failure's classes and stack
     * without messages, which could quote a secret) and returns the exit code to use.
     */
    public static int report(Throwable failure) {
        String line = explain(failure);
        if (line != null) {
            log.error("civic-relay: {}", line);
            return EXIT_INVALID_SETTINGS;
        }
        log.error(
                "civic-relay: start-up failed: {} ({})",
                rootCause(failure).getClass().getSimpleName(),
                failure.getClass().getSimpleName(),
                LogSafe.redact(failure));
        return EXIT_OTHER_FAILURE;
    }

    /** The one-line explanation for a settings problem or another refusal, or null when the failure is something else. */
    static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal.oneLine();
            }
            if (t instanceof BindValidationException validation) {
                return validation.getValidationErrors().getAllErrors().stream()
                        .map(error -> error instanceof FieldError field
                                ? "Invalid setting "
                                        + settingName(
                                                validation.getValidationErrors().getName() + "." + field.getField())
                                        + ": " + field.getDefaultMessage()
                                : "Invalid settings under "
                                        + validation.getValidationErrors().getName() + ": " + error.getDefaultMessage())
                        .collect(Collectors.joining("; "));
            }
            if (t instanceof BindException bind) {
                if (find(bind, BindValidationException.class) != null) {
                    continue; // Spring wraps validation errors in a BindException; the errors below name the setting
                }
                String name = bind.getProperty() != null
                        ? bind.getProperty().getName().toString()
                        : bind.getName().toString();
                Refusal nested = find(bind, Refusal.class);
                if (nested != null) {
                    return nested.oneLine();
                }
                return "Invalid setting " + settingName(name) + ": the value cannot be read as "
                        + describe(bind.getTarget().getType());
            }
            if (t instanceof ConfigDataResourceNotFoundException missing) {
                return "Missing settings file " + missing.getResource()
                        + ": run the bot from the folder that holds bot-config.yml, or set BOT_CONFIG to its path";
            }
        }
        return null;
    }

    /** "bot.moderator-chat-id" becomes "BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id)". */
    static String settingName(String path) {
        String property = path.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String env = property.replaceAll("\\[\\d+]", "")
                .replace('.', '_')
                .replace('-', '_')
                .toUpperCase(Locale.ROOT);
        return env + " (" + property + ")";
    }

    static String describe(ResolvableType type) {
        Class<?> raw = type.resolve(Object.class);
        if (Collection.class.isAssignableFrom(raw)) {
            return "a comma-separated list of "
                    + describe(type.asCollection().getGeneric(0)).replaceFirst("^an? ", "") + "s";
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return "a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "a number";
        }
        if (raw == Duration.class) {
            return "a duration such as 30d, 12h or 90s";
        }
        if (raw == URI.class) {
            return "a URL";
        }
        return "a " + raw.getSimpleName();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
