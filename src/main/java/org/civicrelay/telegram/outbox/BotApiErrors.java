package org.civicrelay.telegram.outbox;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kind of a Bot API error without keeping its details: descriptions can quote parts of the
 * text that was sent ("can't parse entities: ... at byte offset 12"), which must never reach a log.
 */
public final class BotApiErrors {

    private static final Pattern DESCRIPTION = Pattern.compile("\"description\"\\s*:\\s*\"([^\"]*)\"");

    private BotApiErrors() {}

    /** "Bad Request: can't parse entities: Unsupported start tag..." becomes "can't parse entities". */
    public static String category(String apiResponse) {
        if (apiResponse == null) {
            return "no description";
        }
        Matcher matcher = DESCRIPTION.matcher(apiResponse);
        String description = matcher.find() ? matcher.group(1) : apiResponse;
        String[] parts = description.split(":");
        String category = parts.length > 1 ? parts[1] : parts[0];
        category = category.strip().toLowerCase(Locale.ROOT);
        return category.length() > 60 ? category.substring(0, 60) : category;
    }

    /**
     * Refusals that mean the bot may not post in a group (removed, never added, no right to send): for
     * the moderators' chat these are waited out, never treated as a reason to drop cards.
     */
    static boolean cannotPost(int code, String category) {
        return code == 403
                || code == 400
                        && (category.startsWith("chat not found")
                                || category.startsWith("not enough rights")
                                || category.startsWith("have no rights")
                                || category.startsWith("chat_write_forbidden")
                                || category.startsWith("need administrator rights"));
    }

    /** Refusals that mean the wanted state already holds. */
    static boolean isHarmless(String category) {
        return category.startsWith("message is not modified")
                || category.startsWith("query is too old")
                || category.startsWith("message to delete not found");
    }
}
