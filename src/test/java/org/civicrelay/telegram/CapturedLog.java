package org.civicrelay.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** What the bot's own code logs during one in-process test, as the lines an operator would read. */
final class CapturedLog extends AppenderBase<ILoggingEvent> {

    private static final String BOT = "org.civicrelay";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    static CapturedLog attach() {
        CapturedLog log = new CapturedLog();
        log.setName("in-process-bot-test");
        log.start();
        ((Logger) LoggerFactory.getLogger(BOT)).addAppender(log);
        return log;
    }

    void detach() {
        ((Logger) LoggerFactory.getLogger(BOT)).detachAppender(this);
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = event.getLevel() + " [" + event.getThreadName() + "] " + event.getLoggerName() + ": "
                + event.getFormattedMessage()
                + (event.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy()));
        lines.add(line);
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            errors.add(line);
        }
    }

    /** Everything logged, one event after another. */
    String text() {
        return String.join("\n", lines);
    }

    /** The ERROR lines: a handler that throws, a batch that could not be stored... */
    List<String> errors() {
        return List.copyOf(errors);
    }
}
