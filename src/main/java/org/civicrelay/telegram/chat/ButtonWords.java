package org.civicrelay.telegram.chat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Button data that is one of a few fixed words, one per constant of an enum, in the order of the constants:
 * {@code ButtonWords.of(Press.class, "anon", "reach")} writes the first constant as "anon" and the second as
 * "reach". Writing and reading use the same table, so they cannot drift; a word that no constant has reads as
 * nothing, which the router answers as a button that is no longer active.
 */
public final class ButtonWords<E extends Enum<E>> {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]{1,16}");

    private final Map<E, String> words;
    private final Map<String, E> constants = new HashMap<>();

    private ButtonWords(Class<E> type, String... words) {
        E[] all = type.getEnumConstants();
        if (words.length != all.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " needs one word per constant");
        }
        this.words = new EnumMap<>(type);
        for (E constant : all) {
            String word = words[constant.ordinal()];
            if (!WORD.matcher(word).matches() || constants.put(word, constant) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + ": words are short, lower case and distinct");
            }
            this.words.put(constant, word);
        }
    }

    public static <E extends Enum<E>> ButtonWords<E> of(Class<E> type, String... words) {
        return new ButtonWords<>(type, words);
    }

    public String encode(E constant) {
        return words.get(constant);
    }

    public Optional<E> parse(String data) {
        return Optional.ofNullable(constants.get(data));
    }
}
