package org.nordcrm.settings.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.Category;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatus;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.ContactRole;
import org.nordcrm.settings.ContactRoleId;
import org.nordcrm.settings.Industry;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.RecordNotFound;

/**
 * The four simple registers, seen alike by the pages and the API: each entry has a name, and a register may add
 * one field (a scope, a code, a default flag). The rules stay in {@link Registers}; this only routes to it.
 */
enum Register {

	CATEGORIES("categories", "categories") {
		@Override
		List<?> list(Registers r) {
			return r.categories();
		}

		@Override
		Object find(Registers r, UUID id) {
			return r.category(new CategoryId(id));
		}

		@Override
		Object save(Registers r, @Nullable UUID id, RegisterInput in) {
			return r.saveCategory(id == null ? null : new CategoryId(id), in.name(), in.scope());
		}

		@Override
		void delete(Registers r, UUID id) {
			r.deleteCategory(new CategoryId(id));
		}
	},

	INDUSTRIES("industries", "industries") {
		@Override
		List<?> list(Registers r) {
			return r.industries();
		}

		@Override
		Object find(Registers r, UUID id) {
			return r.industry(new IndustryId(id));
		}

		@Override
		Object save(Registers r, @Nullable UUID id, RegisterInput in) {
			return r.saveIndustry(id == null ? null : new IndustryId(id), in.name(), in.code());
		}

		@Override
		void delete(Registers r, UUID id) {
			r.deleteIndustry(new IndustryId(id));
		}
	},

	ROLES("roles", "contact-roles") {
		@Override
		List<?> list(Registers r) {
			return r.roles();
		}

		@Override
		Object find(Registers r, UUID id) {
			return r.role(new ContactRoleId(id));
		}

		@Override
		Object save(Registers r, @Nullable UUID id, RegisterInput in) {
			return r.saveRole(id == null ? null : new ContactRoleId(id), in.name());
		}

		@Override
		void delete(Registers r, UUID id) {
			r.deleteRole(new ContactRoleId(id));
		}
	},

	STATUSES("statuses", "company-statuses") {
		@Override
		List<?> list(Registers r) {
			return r.statuses();
		}

		@Override
		Object find(Registers r, UUID id) {
			return r.status(new CompanyStatusId(id));
		}

		@Override
		Object save(Registers r, @Nullable UUID id, RegisterInput in) {
			return r.saveStatus(id == null ? null : new CompanyStatusId(id), in.name(), Boolean.TRUE.equals(in.isDefault()));
		}

		@Override
		void delete(Registers r, UUID id) {
			r.deleteStatus(new CompanyStatusId(id));
		}
	};

	/** The path segment under /admin/settings, also the prefix of the register's message keys. */
	final String page;
	/** The collection under /api/v1. */
	final String api;

	Register(String page, String api) {
		this.page = page;
		this.api = api;
	}

	abstract List<?> list(Registers r);

	abstract Object find(Registers r, UUID id);

	abstract Object save(Registers r, @Nullable UUID id, RegisterInput in);

	abstract void delete(Registers r, UUID id);

	public String getPage() {
		return page;
	}

	public boolean hasScope() {
		return this == CATEGORIES;
	}

	public boolean hasCode() {
		return this == INDUSTRIES;
	}

	public boolean hasDefault() {
		return this == STATUSES;
	}

	static UUID id(Object entry) {
		return switch (entry) {
			case Category c -> c.id().value();
			case Industry i -> i.id().value();
			case ContactRole r -> r.id().value();
			case CompanyStatus s -> s.id().value();
			default -> throw new IllegalArgumentException("not a register entry: " + entry);
		};
	}

	/** An unknown register is a page that does not exist. */
	static Register page(String segment) {
		return Arrays.stream(values()).filter(r -> r.page.equals(segment)).findFirst()
			.orElseThrow(() -> new RecordNotFound("register", segment));
	}

	static Register api(String segment) {
		return Arrays.stream(values()).filter(r -> r.api.equals(segment)).findFirst()
			.orElseThrow(() -> new RecordNotFound("register", segment));
	}
}
