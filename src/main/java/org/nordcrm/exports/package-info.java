/**
 * Writing any list as a CSV or XLSX file in the user's language, streamed row by row, with formula cells
 * neutralised, and the log of who exported what.
 */
@NullMarked
package org.nordcrm.exports;

import org.jspecify.annotations.NullMarked;
