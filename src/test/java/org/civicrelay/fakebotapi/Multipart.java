package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as the Bot API server does for uploads: text parts
 * become parameters, parts with a file name become uploaded files. A body the server could not read is
 * answered as the server answers it.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {}

    /** Fills {@code params} with the text parts and returns the file parts by field name. */
    static Map<String, UploadedFile> parse(String contentType, byte[] body, ObjectNode params) throws ApiError {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw ApiError.badRequest("can't parse multipart/form-data: no boundary");
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, UploadedFile> files = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw ApiError.badRequest("can't parse multipart/form-data: no part");
        }
        while (true) {
            int partStart = at + delimiter.length;
            if (startsWith(body, partStart, new byte[] {'-', '-'})) {
                return files; // the closing delimiter
            }
            if (!startsWith(body, partStart, CRLF)) {
                throw ApiError.badRequest("can't parse multipart/form-data: malformed delimiter");
            }
            int headersStart = partStart + CRLF.length;
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            int next = indexOf(body, concat(CRLF, delimiter), headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw ApiError.badRequest("can't parse multipart/form-data: unterminated part");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, next);
            part(headers, content, params, files);
            at = next + CRLF.length;
        }
    }

    private static void part(String headers, byte[] content, ObjectNode params, Map<String, UploadedFile> files)
            throws ApiError {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                disposition = value;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        Matcher name = disposition == null ? null : NAME.matcher(disposition);
        if (name == null || !name.find()) {
            throw ApiError.badRequest("can't parse multipart/form-data: a part has no name");
        }
        Matcher fileName = FILE_NAME.matcher(disposition);
        if (fileName.find()) {
            files.put(name.group(1), new UploadedFile(fileName.group(1), type, content));
        } else {
            params.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= body.length - needle.length; i++) {
            if (startsWith(body, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
