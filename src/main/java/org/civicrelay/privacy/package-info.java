/** Identifier protection (sealed chat ids, keyed pseudonyms), the data key, and retention. */
package org.civicrelay.privacy;
