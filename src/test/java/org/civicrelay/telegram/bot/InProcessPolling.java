package org.civicrelay.telegram.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The poller's part of the in-process harness ({@code org.civicrelay.telegram.InProcessBot}): what
 * {@link LongPoller} does with Telegram's answers, without its thread or its HTTP client. Updates are read by
 * the real {@link UpdateReader} and handled by the real {@link UpdateConsumer}, one batch in one transaction.
 */
public class InProcessPolling {

    private final UpdateReader reader = new UpdateReader();
    private final UpdateConsumer consumer;
    private final BotIdentity identity;
    private final BotCommandsPublisher commands;
    private final FloodGuard flood;

    InProcessPolling(UpdateConsumer consumer, BotIdentity identity, BotCommandsPublisher commands, FloodGuard flood) {
        this.consumer = consumer;
        this.identity = identity;
        this.commands = commands;
        this.flood = flood;
    }

    /** What the poller does once getMe has answered: learn who the bot is, and fill the command menu. */
    public void connect(long botId, String username) {
        identity.learn(botId, username);
        commands.publish();
    }

    /** The parameters of the poller's getUpdates, without the long poll: whatever is pending, at once. */
    public ObjectNode getUpdatesParams(long offset) {
        ObjectNode params = reader.mapper()
                .createObjectNode()
                .put("offset", offset)
                .put("limit", 100)
                .put("timeout", 0);
        params.set("allowed_updates", reader.mapper().valueToTree(LongPoller.ALLOWED_UPDATES));
        return params;
    }

    /**
     * Hands a getUpdates result to the consumer as the poller does and returns the offset that confirms it
     * ({@code offset} itself if the result was empty).
     */
    public long consume(JsonNode result, long offset) {
        List<UpdateReader.Incoming> updates = reader.readAll(result);
        if (updates.isEmpty()) {
            return offset;
        }
        consumer.consume(updates);
        return updates.stream().mapToLong(UpdateReader.Incoming::updateId).max().orElse(offset - 1) + 1;
    }

    /** Forgets every person's flood allowance: one test's moderators must not be slowed down by the last one's. */
    public void forgetFloods() {
        flood.forgetAll();
    }
}
