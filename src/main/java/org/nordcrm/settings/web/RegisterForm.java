package org.nordcrm.settings.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.Category;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.CompanyStatus;
import org.nordcrm.settings.ContactRole;
import org.nordcrm.settings.Industry;
import org.nordcrm.settings.NamedEntry;

/** The form of the register pages: the fields a register does not have stay empty and hidden. */
record RegisterForm(@Nullable String name, @Nullable CategoryScope scope, @Nullable String code, @Nullable Boolean defaultStatus) {

	static RegisterForm blank() {
		return new RegisterForm("", CategoryScope.BOTH, "", false);
	}

	static RegisterForm of(Object entry) {
		return switch (entry) {
			case Category c -> new RegisterForm(c.name(), c.scope(), null, false);
			case Industry i -> new RegisterForm(i.name(), null, i.code(), false);
			case ContactRole r -> new RegisterForm(r.name(), null, null, false);
			case CompanyStatus s -> new RegisterForm(s.name(), null, null, s.isDefault());
			case NamedEntry n -> new RegisterForm(n.name(), null, null, false);
			default -> throw new IllegalArgumentException("not a register entry: " + entry);
		};
	}

	RegisterInput input() {
		return new RegisterInput(name, scope, code, Boolean.TRUE.equals(defaultStatus));
	}
}
