package org.nordcrm.contacts;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.settings.ContactRoleId;

/** A link as typed; {@code companyId} is only read when the link is made. */
public record LinkInput(@Nullable CompanyId companyId, @Nullable String position, @Nullable ContactRoleId roleId,
		@Nullable String workPhone, @Nullable String workEmail, @Nullable Boolean employed) {

	public static LinkInput empty() {
		return new LinkInput(null, null, null, null, null, true);
	}
}
