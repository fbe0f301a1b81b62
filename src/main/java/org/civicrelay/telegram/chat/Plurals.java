package org.civicrelay.telegram.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plural forms in the ICU message syntax, {@code {0,plural,one{# day} few{# дня} many{# дней} other{# дня}}},
 * chosen by the CLDR cardinal rules of the bot's languages, so that Russian and Ukrainian read "1 день,
 * 2 дня, 5 дней, 21 день, 3001 знак". The chosen branch replaces the whole construct ({@code #} becomes the
 * number's own argument) and the result is an ordinary {@link java.text.MessageFormat} pattern.
 * <p>
 * Three languages' integer rules are all this bot needs, which is why it does not carry ICU4J (about 14 MB)
 * for them; the syntax is ICU's, so that moving to ICU4J's MessageFormat later changes no text.
 */
final class Plurals {

    /** CLDR plural categories. */
    enum Category {
        ZERO,
        ONE,
        TWO,
        FEW,
        MANY,
        OTHER;

        static Category named(String keyword) {
            return valueOf(keyword.toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern PLURAL_START = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*plural\\s*,");

    private Plurals() {}

    /**
     * CLDR's cardinal rule for an integer (other numbers are "other"): Russian and Ukrainian have one
     * (1, 21, 101...), few (2-4, 22-24...), many (0, 5-20, 25-30...); English one (1) and other.
     */
    static Category category(Locale locale, Object number) {
        if (!(number instanceof Integer
                || number instanceof Long
                || number instanceof Short
                || number instanceof Byte)) {
            return Category.OTHER;
        }
        long n = Math.abs(((Number) number).longValue());
        switch (locale.getLanguage()) {
            case "ru", "uk", "be" -> {
                long mod10 = n % 10;
                long mod100 = n % 100;
                if (mod10 == 1 && mod100 != 11) {
                    return Category.ONE;
                }
                if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                    return Category.FEW;
                }
                return Category.MANY;
            }
            default -> {
                return n == 1 ? Category.ONE : Category.OTHER;
            }
        }
    }

    /** {@code pattern} with every plural construct replaced by the branch that fits its argument. */
    static String expand(String pattern, Locale locale, Object[] args) {
        if (pattern.indexOf("plural") < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                // MessageFormat quoting: the bundles write only '' (a literal apostrophe); copy it whole.
                int end = i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'' ? i + 2 : i + 1;
                out.append(pattern, i, end);
                i = end;
                continue;
            }
            if (c == '{') {
                Matcher start = PLURAL_START.matcher(pattern).region(i, pattern.length());
                if (start.lookingAt()) {
                    int argument = Integer.parseInt(start.group(1));
                    Object value = args != null && argument < args.length ? args[argument] : null;
                    Choice choice = choose(pattern, start.end(), locale, value);
                    out.append(expand(choice.text().replace("#", "{" + argument + "}"), locale, args));
                    i = choice.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The branch's text and where the construct ends (after its closing brace). */
    private record Choice(String text, int end) {}

    private static Choice choose(String pattern, int from, Locale locale, Object value) {
        Category category = category(locale, value);
        String exact = value instanceof Number number ? "=" + number.longValue() : null;
        String chosen = null;
        String categoryText = null;
        String other = null;
        int i = from;
        while (true) {
            i = skipSpaces(pattern, i);
            if (i >= pattern.length()) {
                throw new IllegalArgumentException("an unclosed plural");
            }
            if (pattern.charAt(i) == '}') {
                break;
            }
            int keywordStart = i;
            while (i < pattern.length() && pattern.charAt(i) != '{' && !Character.isWhitespace(pattern.charAt(i))) {
                i++;
            }
            String keyword = pattern.substring(keywordStart, i);
            i = skipSpaces(pattern, i);
            if (i >= pattern.length() || pattern.charAt(i) != '{' || keyword.isEmpty()) {
                throw new IllegalArgumentException("a plural branch without its text");
            }
            int end = closingBrace(pattern, i);
            String text = pattern.substring(i + 1, end);
            if (keyword.equals(exact)) {
                chosen = text;
            } else if (!keyword.startsWith("=")) {
                Category named = Category.named(keyword);
                if (named == category) {
                    categoryText = text;
                }
                if (named == Category.OTHER) {
                    other = text;
                }
            }
            i = end + 1;
        }
        if (other == null) {
            throw new IllegalArgumentException("a plural needs an 'other' branch");
        }
        String text = chosen != null ? chosen : categoryText != null ? categoryText : other;
        return new Choice(text, i + 1);
    }

    private static int skipSpaces(String pattern, int i) {
        while (i < pattern.length() && Character.isWhitespace(pattern.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The brace that closes the one at {@code open}, nested braces and '' quotes included. */
    private static int closingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed plural branch");
    }
}
