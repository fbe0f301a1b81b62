/**
 * The author's side of the conversation after sending: /check with an anonymous receipt (state, decision,
 * the moderators' question, an answer or a withdrawal, without linking the asking chat to the suggestion),
 * and plain messages offered to the moderators when an author has an open thread with them.
 */
package org.civicrelay.telegram.author;
