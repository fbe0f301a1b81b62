package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the message bundles complete and consistent, and user-facing text out of the code: every key
 * in every language, the same arguments everywhere, texts that MessageFormat reads as written.
 */
class I18nPropertiesSyncTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path ADAPTER_SOURCES = Path.of("src/main/java/org/civicrelay/telegram");
    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/civicrelay");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z][a-z0-9-]*)+)\"");
    private static final Pattern HARD_CODED_TEXT =
            Pattern.compile("\\b(reply|replyProtected|answer|alert|editPressed)\\(\\s*\"");

    private static final Pattern PLURAL = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
    private static final Pattern PLURAL_BRANCH = Pattern.compile("(?:^|[}\\s,])(zero|one|two|few|many|other)\\s*\\{");
    /** The CLDR categories each language needs for whole numbers (and "other", for the rest). */
    private static final Map<String, Set<String>> PLURAL_FORMS = Map.of(
            "en", Set.of("one", "other"),
            "ru", Set.of("one", "few", "many", "other"),
            "uk", Set.of("one", "few", "many", "other"));

    private final Map<String, Properties> languages = Map.of(
            "en", load("messages.properties"),
            "ru", load("messages_ru.properties"),
            "uk", load("messages_uk.properties"));

    @Test
    void every_key_has_a_non_blank_text_in_every_language() {
        Set<String> allKeys = languages.values().stream()
                .flatMap(texts -> texts.stringPropertyNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        languages.forEach((language, texts) -> {
            Set<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(texts.stringPropertyNames());
            assertThat(missing).as("keys missing from %s", language).isEmpty();
            assertThat(blankKeys(texts)).as("blank texts in %s", language).isEmpty();
        });
    }

    @Test
    void every_language_uses_the_same_arguments_for_a_key() {
        Map<String, String> mismatches = new TreeMap<>();
        Properties english = languages.get("en");
        languages.forEach((language, texts) -> english.stringPropertyNames().forEach(key -> {
            if (texts.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(texts.getProperty(key)))) {
                mismatches.put(
                        language + ":" + key,
                        placeholders(english.getProperty(key)) + " vs " + placeholders(texts.getProperty(key)));
            }
        }));

        assertThat(mismatches).isEmpty();
    }

    @Test
    void every_text_reads_as_written_through_message_format() {
        // Texts always go through MessageFormat, where a single apostrophe starts a quote and swallows
        // what follows, and an unbalanced brace is an error.
        List<String> problems = new ArrayList<>();
        languages.forEach((language, texts) -> texts.stringPropertyNames().forEach(key -> {
            String text = texts.getProperty(key);
            if (LONE_APOSTROPHE.matcher(text).find()) {
                problems.add(language + ":" + key + " has a single apostrophe; write ''");
            }
            // Every branch of its plural forms must be a valid pattern: try the numbers that pick each one.
            for (Object count : new Object[] {0, 1, 2, 5, 11, 21, 22, 3001}) {
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, count);
                try {
                    new MessageFormat(Plurals.expand(text, java.util.Locale.forLanguageTag(language), args));
                } catch (IllegalArgumentException e) {
                    problems.add(language + ":" + key + " is not a valid pattern (with " + count + ")");
                }
            }
        }));

        assertThat(problems).isEmpty();
    }

    @Test
    void plural_forms_cover_every_category_of_the_language() {
        List<String> problems = new ArrayList<>();
        languages.forEach((language, texts) -> texts.stringPropertyNames().forEach(key -> {
            String text = texts.getProperty(key);
            Matcher plural = PLURAL.matcher(text);
            while (plural.find()) {
                Set<String> found = new TreeSet<>();
                Matcher branch = PLURAL_BRANCH.matcher(text.substring(plural.end(), closing(text, plural.start())));
                while (branch.find()) {
                    found.add(branch.group(1));
                }
                if (!found.containsAll(PLURAL_FORMS.get(language))) {
                    problems.add(language + ":" + key + " has plural forms " + found + ", needs "
                            + PLURAL_FORMS.get(language));
                }
            }
        }));

        assertThat(problems).isEmpty();
    }

    /** The brace closing the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    @Test
    void every_key_the_code_names_exists_in_the_bundles() {
        Properties english = languages.get("en");
        Set<String> families = english.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        forEachSource(MAIN_SOURCES, (file, source) -> {
            Matcher literal = KEY_LITERAL.matcher(source);
            while (literal.find()) {
                String key = literal.group(1);
                if (families.contains(key.substring(0, key.indexOf('.'))) && !english.containsKey(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        });

        assertThat(missing)
                .as("keys used in the code but absent from messages.properties")
                .isEmpty();
    }

    @Test
    void handlers_pass_no_hard_coded_text_to_the_user() {
        List<String> offenders = new ArrayList<>();
        forEachSource(ADAPTER_SOURCES, (file, source) -> {
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (HARD_CODED_TEXT.matcher(lines[i]).find()) {
                    offenders.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        });

        assertThat(offenders)
                .as("user-facing text must come from i18n/messages*.properties")
                .isEmpty();
    }

    private static Properties load(String file) {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<String> blankKeys(Properties texts) {
        return texts.stringPropertyNames().stream()
                .filter(key -> texts.getProperty(key).isBlank())
                .sorted()
                .toList();
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    private static void forEachSource(Path folder, java.util.function.BiConsumer<Path, String> check) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
            assertThat(sources).as("sources under %s", folder).isNotEmpty();
            for (Path file : sources) {
                check.accept(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
