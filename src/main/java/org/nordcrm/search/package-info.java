/** Finding customers, contacts and other records by any word, number, phone or e-mail as the user types: the word index and the search page. */
@NullMarked
package org.nordcrm.search;

import org.jspecify.annotations.NullMarked;
