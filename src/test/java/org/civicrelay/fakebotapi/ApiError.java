package org.civicrelay.fakebotapi;

/**
 * An error answer of the Bot API: {@code {"ok":false,"error_code":N,"description":...,"parameters":{...}}}.
 * Thrown by method handlers and turned into an HTTP response with the same status as {@code error_code}.
 * Code {@value #DROPPED} is no answer at all: the connection is closed, as by a network failure.
 */
final class ApiError extends Exception {

    static final int DROPPED = 0;

    private static final long serialVersionUID = 1L;

    private final int code;
    private final Integer retryAfter;
    private final Long migrateToChatId;

    ApiError(int code, String description, Integer retryAfter) {
        this(code, description, retryAfter, null);
    }

    private ApiError(int code, String description, Integer retryAfter, Long migrateToChatId) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
        this.migrateToChatId = migrateToChatId;
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail, null);
    }

    static ApiError forbidden(String detail) {
        return new ApiError(403, "Forbidden: " + detail, null);
    }

    static ApiError tooManyRequests(int retryAfterSeconds) {
        return new ApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    static ApiError conflict(String detail) {
        return new ApiError(409, "Conflict: " + detail, null);
    }

    static ApiError unauthorized() {
        return new ApiError(401, "Unauthorized", null);
    }

    /** Any request naming a basic group that became a supergroup, with the new id for the bot to move to. */
    static ApiError migrated(long newChatId) {
        return new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId);
    }

    static ApiError dropped() {
        return new ApiError(DROPPED, "connection closed without an answer", null);
    }

    int code() {
        return code;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }

    Long migrateToChatId() {
        return migrateToChatId;
    }
}
