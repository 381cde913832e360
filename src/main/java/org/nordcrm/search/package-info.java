/** The word index that finds customers, contacts and other records by any word, number, phone or e-mail, as the user types. */
@NullMarked
package org.nordcrm.search;

import org.jspecify.annotations.NullMarked;
