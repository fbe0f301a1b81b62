package org.civicrelay.telegram.chat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicrelay.telegram.outbox.Button;

/**
 * The parts payloads are made of, read strictly: callback data is input like any other, and a press
 * that does not read back exactly is not acted on.
 */
public final class ButtonData {

    /** Ids of working groups and decline reasons, as bot-config.yml allows them. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,15}");

    private static final int MAX_PAGE = 10_000;
    private static final String NO_ID = "-";

    private ButtonData() {}

    /** A button whose data is the handler's prefix and the encoded payload. */
    public static Button button(String label, String prefix, String encoded) {
        return new Button(label, prefix + ":" + encoded);
    }

    /** The data split at colons into exactly {@code count} parts, or empty. */
    public static Optional<List<String>> parts(String data, int count) {
        String[] parts = data.split(":", -1);
        return parts.length == count ? Optional.of(List.of(parts)) : Optional.empty();
    }

    /** A page number as written by a view: digits only, no sign, no leading zeros but "0". */
    public static Optional<Integer> page(String text) {
        if (!text.matches("0|[1-9][0-9]{0,4}")) {
            return Optional.empty();
        }
        int page = Integer.parseInt(text);
        return page <= MAX_PAGE ? Optional.of(page) : Optional.empty();
    }

    /** A working group's or decline reason's id (lower case letters, digits and dashes). */
    public static Optional<String> id(String text) {
        return ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** An optional working group's id as button data: the id, or "-" for none. */
    public static String optionalId(Optional<String> id) {
        return id.orElse(NO_ID);
    }

    /** Reads {@link #optionalId(Optional)} back: empty if the text is neither "-" nor an id. */
    public static Optional<Optional<String>> optionalId(String text) {
        return NO_ID.equals(text) ? Optional.of(Optional.empty()) : id(text).map(Optional::of);
    }

    /** Refuses, when a button is built, an id that its data could not carry. */
    public static void requireId(Optional<String> id) {
        if (id.isPresent() && !isId(id.get())) {
            throw new IllegalArgumentException("not a working group id");
        }
    }

    /** A yes-or-no payload written as one of two words, e.g. {@code "del"} / {@code "keep"}. */
    public static String flag(boolean value, String yes, String no) {
        return value ? yes : no;
    }

    /** Reads {@link #flag(boolean, String, String)} back: empty for any other word. */
    public static Optional<Boolean> flag(String data, String yes, String no) {
        return data.equals(yes) ? Optional.of(true) : data.equals(no) ? Optional.of(false) : Optional.empty();
    }
}
