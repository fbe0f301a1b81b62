package org.civicrelay.telegram.fake;

/**
 * An error answer of the Bot API: {@code {"ok":false,"error_code":N,"description":...,"parameters":{...}}}.
 * Thrown by method handlers and turned into an HTTP response with the same status as {@code error_code}.
 */
final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final Integer retryAfter;

    ApiError(int code, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
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

    int code() {
        return code;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }
}
