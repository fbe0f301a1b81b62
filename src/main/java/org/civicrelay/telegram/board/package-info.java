/** The public progress board: one pinned message per working group in a public channel, kept up to date. */
package org.civicrelay.telegram.board;
