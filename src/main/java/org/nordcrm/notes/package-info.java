/** Notes written on a record of any kind (company, person, later lead), shown on its card, in search and in the API. */
@NullMarked
package org.nordcrm.notes;

import org.jspecify.annotations.NullMarked;
