package org.civicrelay.telegram.chat;

/**
 * What a message without text carries, as far as handlers need to know: something that can identify the
 * person holding the phone (a contact, a location), content a person sent (a photo, a voice message, a
 * file...), or a service message (a timer, a pin) that needs no answer.
 */
public enum MessageContent {
    PERSONAL_DATA,
    MEDIA,
    SERVICE
}
