/**
 * Sending a suggestion: choosing a working group, writing, reviewing, choosing anonymous or reachable.
 */
package org.civicrelay.telegram.suggest;
