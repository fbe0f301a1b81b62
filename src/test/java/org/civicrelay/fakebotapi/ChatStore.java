package org.civicrelay.fakebotapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * All fake chats. One lock (this object's monitor) guards every chat and message, so a request sees and
 * changes a consistent state; it is only ever taken before the update queue's lock, never after.
 */
final class ChatStore {

    interface Action<T> {
        T run() throws ApiError;
    }

    private final Map<Long, FakeChat> chats = new LinkedHashMap<>();

    synchronized <T> T locked(Action<T> action) throws ApiError {
        return action.run();
    }

    synchronized <T> T read(Supplier<T> reader) {
        return reader.get();
    }

    synchronized FakeChat find(long id) {
        return chats.get(id);
    }

    synchronized FakeChat getOrCreate(long id, Supplier<FakeChat> factory) {
        return chats.computeIfAbsent(id, key -> factory.get());
    }

    synchronized List<FakeChat> all() {
        return List.copyOf(chats.values());
    }
}
