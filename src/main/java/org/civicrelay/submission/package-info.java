/** Suggestions from activists: the drafting flow, stored submissions and their references. */
package org.civicrelay.submission;
