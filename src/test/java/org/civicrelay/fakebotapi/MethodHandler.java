package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;

/** Implements one Bot API method: returns the {@code result}, or throws the error answer. */
@FunctionalInterface
interface MethodHandler {

    JsonNode handle(RecordedCall call) throws ApiError, InterruptedException;
}
