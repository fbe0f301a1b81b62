package org.civicrelay.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.KnownChat;

/**
 * "Nothing in logs", checked after every end-to-end test class, and over what the bot logged during each
 * in-process test ({@code telegram.InProcessBot}): whatever the fake Telegram ever told the bot
 * or knows about its people (ids, names, usernames, phone numbers, texts as first sent and as edited,
 * captions, callback data, inline queries, file ids, group ids and titles) must not occur in the bot's
 * output. A log that says "a callback failed" is fine; one that says which, by whom, or with what, is not.
 *
 * <p>To stay free of false positives: ids are matched as whole numbers only; texts are looked for whole
 * when short and by three 16-character windows (start, middle, end) when long, since a log would more
 * likely quote a part than all of 3,000 characters; short texts count only when distinctive (a digit and
 * a letter, or anything beyond ASCII); a command name is not a secret, but what follows it is; and a
 * value that also occurs in the bot's own texts or bot-config.yml is skipped, since the bot may print those.
 */
public final class LogPrivacy {

    private static final int LONG_TEXT = 7;
    private static final int WINDOW = 16;
    private static final int MIN_ID = 100_000;
    private static final Set<String> IDS = Set.of("id", "user_id");
    private static final Set<String> NAMES = Set.of("first_name", "last_name", "username", "title");
    private static final Set<String> TEXTS = Set.of("text", "caption", "query");
    private static final Set<String> OPAQUE =
            Set.of("data", "phone_number", "file_id", "file_unique_id", "file_name", "chat_instance");
    private static final Set<String> COORDINATES = Set.of("latitude", "longitude");

    private LogPrivacy() {}

    /** For a test's @AfterAll or @AfterEach: does nothing if the bot was never set up. */
    static void assertRevealsNothing(BotProcess bot, FakeTelegram telegram) {
        if (bot != null && telegram != null) {
            assertRevealsNothing(bot.output(), telegram);
        }
    }

    public static void assertRevealsNothing(String output, FakeTelegram telegram) {
        // The one id the bot may print: the moderators' group's new id after Telegram moved it, so that the
        // operator can update the setting. It is the organisation's own group, not anyone's identity.
        String log = output.replaceAll("BOT_MODERATOR_CHAT_ID=-?\\d+", "BOT_MODERATOR_CHAT_ID=<id>");
        Secrets secrets = new Secrets(fixedTexts(telegram), telegram.botId());
        telegram.knownUsers().forEach(secrets::user);
        telegram.knownChats().forEach(secrets::chat);
        telegram.allUpdates().forEach(update -> secrets.walk(update, ""));
        secrets.text(
                "the bot token", telegram.token().substring(telegram.token().indexOf(':') + 1));

        List<String> leaks = new ArrayList<>();
        secrets.ids.forEach((id, what) -> {
            var matcher = Pattern.compile("(?<![0-9])" + id + "(?![0-9])").matcher(log);
            if (matcher.find()) {
                leaks.add(what + " " + id + " in: " + lineAround(log, matcher.start()));
            }
        });
        secrets.texts.forEach((text, what) -> {
            int at = log.indexOf(text);
            if (at >= 0) {
                leaks.add(what + " \"" + abbreviate(text) + "\" in: " + lineAround(log, at));
            }
        });
        if (!leaks.isEmpty()) {
            throw new AssertionError(
                    "The bot's log reveals what it was told (" + leaks.size() + "):\n  " + String.join("\n  ", leaks));
        }
    }

    /** What the bot may print of its own: its message bundles, its settings file, its own name. */
    private static String fixedTexts(FakeTelegram telegram) {
        StringBuilder fixed = new StringBuilder(telegram.botUsername()).append('\n');
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_ru.properties")) {
            try (InputStream in = LogPrivacy.class.getClassLoader().getResourceAsStream(bundle)) {
                if (in != null) {
                    Properties texts = new Properties();
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    texts.forEach((key, value) ->
                            fixed.append(key).append('=').append(value).append('\n'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            fixed.append(Files.readString(BotProcess.PROJECT.resolve("bot-config.yml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixed.toString();
    }

    private static final class Secrets {

        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> texts = new LinkedHashMap<>();
        private final String fixed;
        private final long botId;

        Secrets(String fixed, long botId) {
            this.fixed = fixed;
            this.botId = botId;
        }

        void user(FakeUser user) {
            id("user id", user.id());
            name("first name", user.firstName());
            name("last name", user.lastName());
            name("username", user.username());
        }

        void chat(KnownChat chat) {
            id(chat.type() + " chat id", chat.id());
            name("chat title", chat.title());
        }

        /** Every value of interest in an update, by field name; the bot's own messages inside it are skipped. */
        void walk(JsonNode node, String field) {
            if (node.isObject()) {
                boolean theBot =
                        node.path("id").asLong() == botId && node.path("is_bot").asBoolean();
                boolean itsMessage = node.path("from").path("id").asLong() == botId && node.has("message_id");
                if (theBot || itsMessage) {
                    return;
                }
                node.fields().forEachRemaining(entry -> walk(entry.getValue(), entry.getKey()));
            } else if (node.isArray()) {
                node.forEach(element -> walk(element, field));
            } else if (IDS.contains(field)) {
                if (node.isNumber()) {
                    id(field, node.asLong());
                } else {
                    opaque("query id", node.asText());
                }
            } else if (NAMES.contains(field)) {
                name(field, node.asText());
            } else if (TEXTS.contains(field)) {
                text(field, node.asText());
            } else if (OPAQUE.contains(field)) {
                opaque(field, node.asText());
                if (field.equals("phone_number")) {
                    opaque("phone number digits", node.asText().replaceAll("\\D", ""));
                }
            } else if (COORDINATES.contains(field)) {
                opaque(field, node.asText());
            }
        }

        void id(String what, long id) {
            if (id == botId || Math.abs(id) < MIN_ID) {
                return;
            }
            ids.putIfAbsent(Long.toString(Math.abs(id)), what);
            String bare = Long.toString(-id);
            if (id < 0 && bare.startsWith("100") && bare.length() > 10) {
                ids.putIfAbsent(bare.substring(3), what + " (without -100)");
            }
        }

        void name(String what, String name) {
            if (name != null && name.strip().length() >= 3) {
                add(what, name.strip());
            }
        }

        /** Data with no words in it (callback data, file ids, phone numbers): looked for whole, if long enough. */
        void opaque(String what, String value) {
            if (value != null && value.length() >= 4) {
                add(what, value);
            }
        }

        /** A user's text: the arguments of a command, not its name; long texts by windows, short ones if distinctive. */
        void text(String what, String raw) {
            String text = raw == null ? "" : raw.strip();
            if (text.startsWith("/")) {
                String[] commandAndRest = text.split("\\s+", 2);
                text = commandAndRest.length < 2 ? "" : commandAndRest[1].strip();
            }
            int length = text.codePointCount(0, text.length());
            if (length < LONG_TEXT) {
                if (isDistinctive(text)) {
                    add(what, text);
                }
            } else if (length <= 2 * WINDOW) {
                add(what, text);
            } else {
                add(what, window(text, 0));
                add(what, window(text, (length - WINDOW) / 2));
                add(what, window(text, length - WINDOW));
            }
        }

        private void add(String what, String value) {
            if (!value.isBlank() && !fixed.contains(value)) {
                texts.putIfAbsent(value, what);
            }
        }

        private static String window(String text, int fromCodePoint) {
            int start = text.offsetByCodePoints(0, fromCodePoint);
            return text.substring(start, text.offsetByCodePoints(start, WINDOW));
        }

        private static boolean isDistinctive(String text) {
            if (text.length() < 2) {
                return false;
            }
            boolean digit = text.chars().anyMatch(Character::isDigit);
            boolean letter = text.chars().anyMatch(Character::isLetter);
            return (digit && letter) || text.chars().anyMatch(c -> c > 127);
        }
    }

    private static String lineAround(String log, int at) {
        int start = log.lastIndexOf('\n', at) + 1;
        int end = log.indexOf('\n', at);
        String line = log.substring(start, end < 0 ? log.length() : end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
