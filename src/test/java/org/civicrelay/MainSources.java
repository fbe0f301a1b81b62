package org.civicrelay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main Java sources read as text, for the tests that check what bytecode cannot show: which tables a
 * class's SQL names, and which SQL constants it borrows (javac copies constants into the classes that use
 * them, so ArchUnit never sees those uses).
 */
final class MainSources {

    static final Path ROOT = Path.of("src/main/java/org/civicrelay");

    /** A table named by SQL; the keywords in capitals, so that English in log lines ("from the") is not SQL. */
    static final Pattern TABLE_REFERENCE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z0-9_]*)\\b");

    private static final Pattern STRING_CONSTANT =
            Pattern.compile("\\bstatic\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=([^;]*);");

    private MainSources() {}

    /** Every main source file, in path order. */
    static List<SourceFile> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<SourceFile> sources = files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .map(SourceFile::read)
                    .toList();
            if (sources.isEmpty()) {
                throw new IllegalStateException("no main sources under " + ROOT.toAbsolutePath());
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forEachMatch(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            action.accept(matcher);
        }
    }

    /**
     * A main source file: its path below org/civicrelay, its module (the package directly under
     * org.civicrelay), its code without comments, and the contents of its string literals (text blocks
     * included).
     */
    record SourceFile(String name, String module, String className, String code, List<String> literals) {

        static SourceFile read(Path path) {
            Path relative = ROOT.relativize(path);
            String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
            String fileName = relative.getFileName().toString();
            try {
                Lexed lexed = lex(Files.readString(path));
                return new SourceFile(
                        relative.toString(),
                        module,
                        fileName.substring(0, fileName.length() - ".java".length()),
                        lexed.code(),
                        lexed.literals());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The tables named by this file's SQL. */
        Set<String> tables() {
            Set<String> tables = new LinkedHashSet<>();
            literals.forEach(literal -> forEachMatch(TABLE_REFERENCE, literal, match -> tables.add(match.group(1))));
            return tables;
        }

        /** String constants of this file whose text names a table: SQL that other modules could borrow. */
        Set<String> sqlConstants() {
            Set<String> constants = new LinkedHashSet<>();
            forEachMatch(STRING_CONSTANT, code, match -> {
                if (lex(match.group(2)).literals().stream()
                        .anyMatch(literal -> TABLE_REFERENCE.matcher(literal).find())) {
                    constants.add(match.group(1));
                }
            });
            return constants;
        }
    }

    record Lexed(String code, List<String> literals) {}

    /** Java source split into code (comments blanked out, literals kept) and the contents of its string literals. */
    static Lexed lex(String source) {
        StringBuilder code = new StringBuilder(source.length());
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, end));
                code.append(source, i, Math.min(source.length(), end + 3));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                if (c == '"') {
                    literals.add(source.substring(i + 1, end));
                }
                code.append(source, i, Math.min(source.length(), end + 1));
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return new Lexed(code.toString(), literals);
    }

    /** Where the literal opened before {@code from} closes, skipping escaped characters. */
    private static int closing(String source, int from, String delimiter) {
        int i = from;
        while (i < source.length() && !source.startsWith(delimiter, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }
}
