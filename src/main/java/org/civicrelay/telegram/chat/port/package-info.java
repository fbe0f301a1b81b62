/**
 * Where one feature reaches another without depending on it: each interface here is implemented by the
 * feature that owns the thing (the wipe button, the follow button, the moderators' desk, a deep link) and
 * used by the features that offer it.
 */
package org.civicrelay.telegram.chat.port;
