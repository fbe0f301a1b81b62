package org.civicrelay.catalogue;

import java.util.List;

/** One page of a longer list; pages are numbered from 0. */
public record Page<T>(List<T> items, int number, int count) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < count;
    }

    /** The page to show for a requested number that may be out of range (a stale button, a shrunk list). */
    public static int clamp(int requested, int total, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return Math.max(0, Math.min(requested, pages - 1));
    }

    public static int pageCount(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
