package org.civicrelay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicrelay.privacy.Bytes;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.civicrelay.privacy.TestIdentities;

/**
 * What someone who copies a running bot's disk, and holds its data key, can tell about a list of candidate
 * Telegram ids, computed with the project's own key derivation: their pseudonyms, the keyed links of
 * messages in their chat, their sealed chat ids (opened for every place a row could give them, in every
 * column of every table, and tried at every offset of every file, so that old page images in the WAL or in
 * free pages are searched too), their ids as text and as the integers SQLite stores; and whether given texts
 * (discarded drafts) are anywhere at all. (Links under epoch keys cannot be computed from a disk: the keys
 * never reach it, which is the point.)
 */
final class Forensics {

    /** Message ids tried for relay links: far more than any test chat reaches. */
    private static final int MESSAGE_IDS = 400;

    private static final byte SEALED_VERSION = 2;
    private static final int SEALED_CHAT_LENGTH = 1 + 12 + 8 + 16;

    private final Identities identities = TestIdentities.identities();
    private final List<Long> candidates;
    private final List<String> texts;
    private final List<String> references;

    /**
     * {@code candidates}: Telegram ids to look for; {@code texts}: texts that must be nowhere; {@code references}:
     * suggestion references (reply addresses are sealed for their suggestion's row).
     */
    Forensics(List<Long> candidates, List<String> texts, List<String> references) {
        this.candidates = List.copyOf(candidates);
        this.texts = List.copyOf(texts);
        this.references = List.copyOf(references);
    }

    /** Copies every file under {@code folder} (the bot keeps running), as a seizure of a live server would. */
    static List<Path> copyWhileRunning(Path folder, Path into) {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = into.resolve(folder.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    copies.add(copy);
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // a -wal truncated and removed, a temporary file: it was not there to seize
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copies;
    }

    /** Every trace found in the copies; empty when the disk says nothing about any candidate or text. */
    List<String> findings(List<Path> copies, Path scratch) {
        List<String> findings = new ArrayList<>();
        Map<Long, Set<String>> tokens = new LinkedHashMap<>();
        for (long candidate : candidates) {
            tokens.put(candidate, new LinkedHashSet<>(derivedTokens(candidate)));
        }
        for (Path copy : copies) {
            if (isDatabase(copy)) {
                withDatabase(copy, scratch, connection -> findings.addAll(everyCell(copy, connection, tokens)));
            }
        }
        for (Path copy : copies) {
            byte[] bytes = read(copy);
            String name = copy.getFileName().toString();
            for (long candidate : candidates) {
                for (String token : tokens.get(candidate)) {
                    if (Bytes.indexOf(bytes, token.getBytes(StandardCharsets.US_ASCII)) >= 0) {
                        findings.add(name + ": a derived identifier of " + candidate + " in its bytes");
                    }
                }
                for (byte[] form : integerForms(candidate)) {
                    if (Bytes.indexOf(bytes, form) >= 0) {
                        findings.add(name + ": the id " + candidate + " as " + form.length + " bytes");
                    }
                }
            }
            for (String text : texts) {
                if (Bytes.indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    findings.add(name + ": the text " + text);
                }
            }
            findings.addAll(sealedChatIdsIn(name, bytes));
        }
        return findings;
    }

    /** The pseudonym and the keyed message links of a candidate's chat. */
    private List<String> derivedTokens(long candidate) {
        List<String> tokens = new ArrayList<>();
        Pseudonym pseudonym = identities.pseudonym(candidate);
        tokens.add(pseudonym.value());
        for (int message = 1; message <= MESSAGE_IDS; message++) {
            tokens.add(identities.messageLink(pseudonym, message));
        }
        return tokens;
    }

    /** Every column of every table: text and integers compared, blobs opened for each place the row could give. */
    private List<String> everyCell(Path copy, Connection connection, Map<Long, Set<String>> tokens)
            throws SQLException {
        List<String> findings = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    List<String> rowKeys = new ArrayList<>();
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        Object value = rows.getObject(c);
                        values.add(value);
                        if (value instanceof String || value instanceof Number) {
                            rowKeys.add(value.toString());
                        }
                    }
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        Object value = values.get(c - 1);
                        String where = copy.getFileName() + " " + table + "." + columns.getColumnName(c);
                        if (value instanceof String text) {
                            tokens.forEach((candidate, derived) -> {
                                if (derived.stream().anyMatch(text::contains)
                                        || text.contains(Long.toString(candidate))) {
                                    findings.add(where + ": an identifier of " + candidate);
                                }
                            });
                            texts.stream()
                                    .filter(text::contains)
                                    .forEach(found -> findings.add(where + ": the text " + found));
                        } else if (value instanceof Number number
                                && candidates.contains(number.longValue())
                                && columns.getColumnType(c) != Types.REAL) {
                            findings.add(where + ": the id " + number);
                        } else if (value instanceof byte[] blob) {
                            findings.addAll(opened(where, table, columns.getColumnName(c), blob, rowKeys));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** Opens a sealed cell for every place its row could give it: the candidates' ids or the texts inside? */
    private List<String> opened(String where, String table, String column, byte[] blob, List<String> rowKeys) {
        List<String> findings = new ArrayList<>();
        List<String> rows = new ArrayList<>(rowKeys);
        for (String a : rowKeys) {
            for (String b : rowKeys) {
                rows.add(a + "/" + b);
            }
        }
        for (String row : rows) {
            byte[] plain;
            try {
                plain = identities.open(blob, new SealedPlace(table, column, row));
            } catch (IllegalArgumentException notHere) {
                continue;
            }
            if (plain.length == Long.BYTES
                    && candidates.contains(ByteBuffer.wrap(plain).getLong())) {
                findings.add(
                        where + ": the sealed id of " + ByteBuffer.wrap(plain).getLong());
            }
            String text = new String(plain, StandardCharsets.UTF_8);
            texts.stream().filter(text::contains).forEach(found -> findings.add(where + ": the sealed text " + found));
            candidates.stream()
                    .filter(id -> text.contains(Long.toString(id)))
                    .forEach(id -> findings.add(where + ": the id " + id + " in a sealed value"));
        }
        return findings;
    }

    /**
     * Sealed chat ids anywhere in the raw bytes (old page images in the WAL or in free pages included), tried
     * for every place a candidate's id could have been sealed for.
     */
    private List<String> sealedChatIdsIn(String name, byte[] bytes) {
        List<SealedPlace> places = new ArrayList<>();
        for (long candidate : candidates) {
            String key = identities.pseudonym(candidate).value();
            places.add(new SealedPlace("outbox", "chat", key));
            for (int r = 1; r <= 12; r++) {
                places.add(new SealedPlace("follow", "chat", "R" + r + "/" + key));
            }
        }
        references.forEach(ref -> places.add(new SealedPlace("suggestion", "reply_to", ref)));
        List<String> findings = new ArrayList<>();
        for (int i = 0; i + SEALED_CHAT_LENGTH <= bytes.length; i++) {
            if (bytes[i] != SEALED_VERSION) {
                continue;
            }
            byte[] candidate = Arrays.copyOfRange(bytes, i, i + SEALED_CHAT_LENGTH);
            for (SealedPlace place : places) {
                try {
                    long id = identities.open(new SealedId(candidate, place));
                    if (candidates.contains(id)) {
                        findings.add(name + ": a sealed id of " + id + " at byte " + i + " (" + place + ")");
                    }
                } catch (IllegalArgumentException notThis) {
                    // not a value sealed for this place
                }
            }
        }
        return findings;
    }

    /** The id as decimal text and as the big- and little-endian integers SQLite could store (8 and 6 bytes). */
    static List<byte[]> integerForms(long id) {
        List<byte[]> forms = new ArrayList<>();
        forms.add(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
        forms.add(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(id).array());
        forms.add(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(id)
                .array());
        if (Math.abs(id) < (1L << 47)) {
            forms.add(Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(id).array(), 2, 8));
        }
        return forms;
    }

    private interface WithConnection {
        void accept(Connection connection) throws SQLException;
    }

    /** Opens a copy of a copied database (with its -wal, so that SQLite reads what the WAL holds) in scratch. */
    private static void withDatabase(Path copy, Path scratch, WithConnection use) {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(scratch), "sql");
            Path database = folder.resolve(copy.getFileName());
            Files.copy(copy, database);
            Path wal = copy.resolveSibling(copy.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, folder.resolve(wal.getFileName()));
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
                use.accept(connection);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new AssertionError("cannot read the copy " + copy.getFileName(), e);
        }
    }

    private static boolean isDatabase(Path file) {
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = read(file);
        return bytes.length >= header.length && Arrays.equals(Arrays.copyOf(bytes, header.length), header);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
