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
}
