package org.nordcrm.companies;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.IndustryId;

/** Narrows a list or a search of companies; null fields do not narrow. */
public record CompanyFilter(@Nullable Relation relation, @Nullable CategoryId categoryId, @Nullable IndustryId industryId,
		@Nullable CompanyStatusId statusId, @Nullable UserId ownerId) {

	public static final CompanyFilter NONE = new CompanyFilter(null, null, null, null, null);

	public boolean isEmpty() {
		return equals(NONE);
	}
}
