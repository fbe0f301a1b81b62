package org.civicrelay.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code parse_mode=HTML} text the way the Bot API documents it: only Telegram's tags, and every
 * {@code <}, {@code >} and {@code &} that is not markup must be escaped; of named entities only
 * {@code &lt; &gt; &amp; &quot;} exist. Error texts follow Telegram's ("Unsupported start tag ... at byte
 * offset N"), prefixed with {@code Bad Request: can't parse entities: }.
 *
 * <p>Stricter than the server in two places, on purpose: Telegram shows an unknown named entity such as
 * {@code &mdash;} or a lone {@code &} literally and accepts a bare {@code >}; both are still bugs (the user
 * sees "&amp;mdash;"), and the documentation forbids them, so the fake rejects them.
 */
final class HtmlEntityParser {

    record Parsed(String text, List<TextEntity> entities) {}

    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "code",
            "pre",
            "blockquote",
            "tg-emoji",
            "tg-time");

    private static final class Open {
        final String tag;
        final int start;
        final String type;
        final String url;
        final String emojiId;
        final Long unixTime;
        String language;

        Open(String tag, int start, String type, String url, String emojiId, Long unixTime) {
            this.tag = tag;
            this.start = start;
            this.type = type;
            this.url = url;
            this.emojiId = emojiId;
            this.unixTime = unixTime;
        }
    }

    private final String s;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<TextEntity> entities = new ArrayList<>();
    private int i;
    private int entityEnd;

    private HtmlEntityParser(String html) {
        this.s = html;
    }

    static Parsed parse(String html) throws ApiError {
        return new HtmlEntityParser(html).run();
    }

    private Parsed run() throws ApiError {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                out.appendCodePoint(entityAt(s, i, i));
                i = entityEnd;
            } else if (c == '<') {
                tag();
            } else if (c == '>') {
                throw error("Unescaped \">\" at byte offset " + byteOffset(i) + "; write it as &gt;");
            } else {
                out.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw error("Can't find end tag corresponding to start tag \"" + open.peek().tag + "\"");
        }
        entities.sort(Comparator.comparingInt(TextEntity::offset)
                .thenComparing(Comparator.comparingInt(TextEntity::length).reversed()));
        return new Parsed(out.toString(), List.copyOf(entities));
    }

    /** Decodes the entity starting at {@code at} in {@code src}; sets {@link #entityEnd}. */
    private int entityAt(String src, int at, int errorPos) throws ApiError {
        int n = src.length();
        if (at + 1 < n && src.charAt(at + 1) == '#') {
            int j = at + 2;
            boolean hex = j < n && (src.charAt(j) == 'x' || src.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int digits = j;
            long code = 0;
            while (j < n && Character.digit(src.charAt(j), hex ? 16 : 10) >= 0 && j - digits < 8) {
                code = code * (hex ? 16 : 10) + Character.digit(src.charAt(j), hex ? 16 : 10);
                j++;
            }
            if (j == digits || j >= n || src.charAt(j) != ';') {
                throw error("Unescaped \"&\" or malformed numeric entity at byte offset " + byteOffset(errorPos));
            }
            if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                throw error("Invalid character code " + code + " at byte offset " + byteOffset(errorPos));
            }
            entityEnd = j + 1;
            return (int) code;
        }
        int j = at + 1;
        while (j < n && j - at <= 32 && Character.isLetterOrDigit(src.charAt(j))) {
            j++;
        }
        if (j > at + 1 && j < n && src.charAt(j) == ';') {
            String name = src.substring(at + 1, j);
            int ch = switch (name) {
                case "lt" -> '<';
                case "gt" -> '>';
                case "amp" -> '&';
                case "quot" -> '"';
                default ->
                    throw error("Unsupported HTML entity \"&" + name + ";\" at byte offset " + byteOffset(errorPos)
                            + "; only &lt; &gt; &amp; &quot; and numeric entities are allowed");
            };
            entityEnd = j + 1;
            return ch;
        }
        throw error("Unescaped \"&\" at byte offset " + byteOffset(errorPos) + "; write it as &amp;");
    }

    private void tag() throws ApiError {
        int begin = i;
        int n = s.length();
        if (i + 1 < n && s.charAt(i + 1) == '/') {
            int j = i + 2;
            int nameStart = j;
            while (j < n && isNameChar(s.charAt(j))) {
                j++;
            }
            String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j >= n || s.charAt(j) != '>') {
                throw error("Unclosed end tag at byte offset " + byteOffset(begin));
            }
            if (open.isEmpty()) {
                throw error("Unexpected end tag at byte offset " + byteOffset(begin));
            }
            Open top = open.peek();
            if (!top.tag.equals(name)) {
                throw error("Unmatched end tag at byte offset " + byteOffset(begin) + ", expected \"</" + top.tag
                        + ">\", found \"</" + name + ">\"");
            }
            open.pop();
            int length = out.length() - top.start;
            if (top.type != null && length > 0) {
                entities.add(
                        new TextEntity(top.type, top.start, length, top.url, top.language, top.emojiId, top.unixTime));
            }
            i = j + 1;
            return;
        }
        int j = i + 1;
        while (j < n && isNameChar(s.charAt(j))) {
            j++;
        }
        String name = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
            throw error("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(begin));
        }
        Map<String, String> attributes = new HashMap<>();
        while (true) {
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j >= n) {
                throw error("Unclosed start tag at byte offset " + byteOffset(begin));
            }
            if (s.charAt(j) == '>') {
                j++;
                break;
            }
            int attrStart = j;
            while (j < n && isNameChar(s.charAt(j))) {
                j++;
            }
            if (j == attrStart) {
                throw error("Empty attribute name in the tag \"" + name + "\" at byte offset " + byteOffset(begin));
            }
            String attr = s.substring(attrStart, j).toLowerCase(Locale.ROOT);
            String value = "";
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j < n && s.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                int valueStart;
                int valueEnd;
                if (j < n && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    valueStart = j + 1;
                    valueEnd = s.indexOf(s.charAt(j), valueStart);
                    if (valueEnd < 0) {
                        throw error("Unclosed start tag at byte offset " + byteOffset(begin));
                    }
                    j = valueEnd + 1;
                } else {
                    valueStart = j;
                    while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>') {
                        j++;
                    }
                    valueEnd = j;
                }
                value = decodeAttribute(s.substring(valueStart, valueEnd), valueStart);
            }
            attributes.put(attr, value);
        }
        i = j;
        open.push(opening(name, attributes, begin));
    }

    private Open opening(String tag, Map<String, String> attributes, int begin) throws ApiError {
        int start = out.length();
        return switch (tag) {
            case "b", "strong" -> new Open(tag, start, "bold", null, null, null);
            case "i", "em" -> new Open(tag, start, "italic", null, null, null);
            case "u", "ins" -> new Open(tag, start, "underline", null, null, null);
            case "s", "strike", "del" -> new Open(tag, start, "strikethrough", null, null, null);
            case "tg-spoiler" -> new Open(tag, start, "spoiler", null, null, null);
            case "span" -> {
                if (!"tg-spoiler".equals(attributes.get("class"))) {
                    throw error("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(begin));
                }
                yield new Open(tag, start, "spoiler", null, null, null);
            }
            case "a" -> {
                String href = attributes.getOrDefault("href", "");
                yield new Open(tag, start, href.isEmpty() ? null : "text_link", href, null, null);
            }
            case "code" -> {
                Open parent = open.peek();
                String cls = attributes.getOrDefault("class", "");
                if (parent != null
                        && parent.tag.equals("pre")
                        && parent.start == start
                        && cls.startsWith("language-")) {
                    parent.language = cls.substring("language-".length());
                    yield new Open(tag, start, null, null, null, null);
                }
                yield new Open(tag, start, "code", null, null, null);
            }
            case "pre" -> new Open(tag, start, "pre", null, null, null);
            case "blockquote" -> {
                if (open.stream().anyMatch(o -> o.tag.equals("blockquote"))) {
                    throw error("Blockquote entities can't be nested, at byte offset " + byteOffset(begin));
                }
                yield new Open(
                        tag,
                        start,
                        attributes.containsKey("expandable") ? "expandable_blockquote" : "blockquote",
                        null,
                        null,
                        null);
            }
            case "tg-emoji" -> {
                String id = attributes.get("emoji-id");
                if (id == null || id.isEmpty()) {
                    throw error(
                            "Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset " + byteOffset(begin));
                }
                yield new Open(tag, start, "custom_emoji", null, id, null);
            }
            case "tg-time" -> {
                String unix = attributes.getOrDefault("unix", "");
                if (!unix.matches("\\d{1,12}")) {
                    throw error("Tag \"tg-time\" must have a numeric attribute \"unix\" at byte offset "
                            + byteOffset(begin));
                }
                yield new Open(tag, start, "date_time", null, null, Long.parseLong(unix));
            }
            default -> throw new IllegalStateException(tag);
        };
    }

    private String decodeAttribute(String raw, int offsetInSource) throws ApiError {
        StringBuilder value = new StringBuilder();
        int k = 0;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            if (c == '&') {
                value.appendCodePoint(entityAt(raw, k, offsetInSource + k));
                k = entityEnd;
            } else if (c == '<' || c == '>') {
                throw error("Unescaped \"" + c + "\" in an attribute value at byte offset "
                        + byteOffset(offsetInSource + k));
            } else {
                value.append(c);
                k++;
            }
        }
        return value.toString();
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private int byteOffset(int charIndex) {
        return s.substring(0, Math.min(charIndex, s.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiError error(String detail) {
        return ApiError.badRequest("can't parse entities: " + detail);
    }
}
