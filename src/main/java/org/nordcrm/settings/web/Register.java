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
import org.nordcrm.settings.EntryId;
import org.nordcrm.settings.Industry;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.NamedEntry;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.RecordNotFound;

/**
 * The simple registers, seen alike by the pages and the API: each entry has a name, and a register may add one
 * field (a scope, a code, a default flag). The registers of names only ({@link NamedRegister}) need no code of their
 * own here. The rules stay in {@link Registers}; this only routes to it.
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
	},

	ORIGINS("origins", "contact-origins", NamedRegister.ORIGINS),

	SOURCES("sources", "sources", NamedRegister.SOURCES),

	INTERESTS("interests", "product-interests", NamedRegister.PRODUCT_INTERESTS),

	LEAD_STATUSES("lead-statuses", "lead-statuses", NamedRegister.LEAD_STATUSES);

	/** The path segment under /admin/settings, also the prefix of the register's message keys. */
	final String page;
	/** The collection under /api/v1. */
	final String api;

	/** The register of names this routes to; null for the registers with code of their own above. */
	private final @Nullable NamedRegister<?, ?> named;

	Register(String page, String api) {
		this(page, api, null);
	}

	Register(String page, String api, @Nullable NamedRegister<?, ?> named) {
		this.page = page;
		this.api = api;
		this.named = named;
	}

	List<?> list(Registers r) {
		return r.list(named());
	}

	Object find(Registers r, UUID id) {
		return find(r, named(), id);
	}

	Object save(Registers r, @Nullable UUID id, RegisterInput in) {
		return save(r, named(), id, in.name());
	}

	void delete(Registers r, UUID id) {
		delete(r, named(), id);
	}

	private NamedRegister<?, ?> named() {
		if (named == null) {
			throw new IllegalStateException(this + " has code of its own");
		}
		return named;
	}

	private static <I extends EntryId> Object find(Registers r, NamedRegister<I, ?> named, UUID id) {
		return r.find(named, named.id(id));
	}

	private static <I extends EntryId> Object save(Registers r, NamedRegister<I, ?> named, @Nullable UUID id, @Nullable String name) {
		return r.save(named, id == null ? null : named.id(id), name);
	}

	private static <I extends EntryId> void delete(Registers r, NamedRegister<I, ?> named, UUID id) {
		r.delete(named, named.id(id));
	}

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
			case NamedEntry n -> n.id().value();
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
