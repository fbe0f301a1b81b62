package org.civicrelay.telegram.chat;

/** Answers a private message that carries no text; the router says what it carries instead. */
public interface NonTextHandler {

    void handle(Interaction interaction, MessageContent content);
}
