package org.civicrelay.telegram.chat;

/**
 * Escaping for Telegram's HTML parse mode. Telegram accepts only {@code &lt; &gt; &amp; &quot;} as named
 * entities, so general-purpose HTML escapers (which produce {@code &mdash;} and the like) must not be used.
 */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
