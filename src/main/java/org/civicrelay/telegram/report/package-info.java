/**
 * What leaves the moderators' chat in a usable form: /export of accepted suggestions for the workshop's report
 * (Markdown and CSV, no identities) and /stats.
 */
package org.civicrelay.telegram.report;
