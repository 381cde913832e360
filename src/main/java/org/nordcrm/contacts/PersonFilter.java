package org.nordcrm.contacts;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;

/**
 * Narrows a list or search of persons; null fields do not narrow.
 *
 * @param privateCustomers true: only private customers; false: only those who are not; null: both
 */
public record PersonFilter(@Nullable Boolean privateCustomers, @Nullable CategoryId categoryId, @Nullable UserId ownerId) {

	public static final PersonFilter NONE = new PersonFilter(null, null, null);
}
