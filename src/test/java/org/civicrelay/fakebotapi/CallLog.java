package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the bot asked of the fake and what the fake refused; safe to read while the bot runs. */
final class CallLog {

    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final List<RecordedCall> unimplemented = new CopyOnWriteArrayList<>();
    private final List<RejectedCall> rejected = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, Instant> firstCalls = new ConcurrentHashMap<>();

    RecordedCall called(String method, JsonNode params, Instant at, Map<String, UploadedFile> files) {
        RecordedCall call = new RecordedCall(method, params, at, files);
        calls.add(call);
        counts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        firstCalls.putIfAbsent(method, at);
        return call;
    }

    void unimplemented(RecordedCall call) {
        unimplemented.add(call);
    }

    void rejected(String method, int code, String description) {
        rejected.add(new RejectedCall(method, code, description));
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    List<RecordedCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<RecordedCall> unimplemented() {
        return List.copyOf(unimplemented);
    }

    List<RejectedCall> rejected() {
        return List.copyOf(rejected);
    }

    List<RejectedCall> rejected(int code) {
        return rejected.stream().filter(r -> r.errorCode() == code).toList();
    }

    int count(String method) {
        AtomicInteger count = counts.get(method);
        return count == null ? 0 : count.get();
    }

    Instant firstCallAt(String method) {
        return firstCalls.get(method);
    }
}
