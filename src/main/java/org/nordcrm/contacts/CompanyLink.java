package org.nordcrm.contacts;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.settings.ContactRoleId;

/** A person's place at a company: position, role, work phone (E.164) and e-mail, and whether employed there. */
public record CompanyLink(LinkId id, PersonId personId, CompanyId companyId, @Nullable String position,
		@Nullable ContactRoleId roleId, @Nullable String workPhone, @Nullable String workEmail, boolean employed, int version) {
}
