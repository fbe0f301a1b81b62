package org.civicrelay.telegram.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.List;

/** Rows of inline buttons. An empty keyboard removes the buttons of a message being edited. */
public record Keyboard(List<List<Button>> rows) {

    public static final Keyboard NONE = new Keyboard(List.of());

    public Keyboard {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Keyboard of(List<Button>... rows) {
        return new Keyboard(Arrays.asList(rows));
    }

    /** These rows, then {@code more}'s. */
    public Keyboard with(Keyboard more) {
        List<List<Button>> all = new java.util.ArrayList<>(rows);
        all.addAll(more.rows());
        return new Keyboard(all);
    }

    static Keyboard column(List<Button> buttons) {
        return new Keyboard(buttons.stream().map(List::of).toList());
    }

    @JsonIgnore
    boolean isEmpty() {
        return rows.isEmpty();
    }
}
