/**
 * Who follows which recommendation, and the fan-out of a status change to them through the
 * {@link org.civicrelay.subscription.Notifier} port; no Telegram here.
 */
package org.civicrelay.subscription;
