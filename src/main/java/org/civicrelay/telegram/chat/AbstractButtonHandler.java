package org.civicrelay.telegram.chat;

import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ButtonHandler} that names its prefix and its payload's reader once, in its constructor
 * ({@code super(PREFIX, Press::parse)}), and only says what a press does.
 *
 * @param <P> what a press of this handler's buttons says
 */
public abstract class AbstractButtonHandler<P> implements ButtonHandler<P> {

    private final String prefix;
    private final Function<String, Optional<P>> reader;

    protected AbstractButtonHandler(String prefix, Function<String, Optional<P>> reader) {
        this.prefix = prefix;
        this.reader = reader;
    }

    @Override
    public final String prefix() {
        return prefix;
    }

    @Override
    public final Optional<P> parse(String data) {
        return reader.apply(data);
    }
}
