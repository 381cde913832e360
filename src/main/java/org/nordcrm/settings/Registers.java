package org.nordcrm.settings;

import static org.nordcrm.jooq.Tables.CATEGORY;
import static org.nordcrm.jooq.Tables.COMPANY_STATUS;
import static org.nordcrm.jooq.Tables.CONTACT_ROLE;
import static org.nordcrm.jooq.Tables.INDUSTRY;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.CategoryRecord;
import org.nordcrm.jooq.tables.records.CompanyStatusRecord;
import org.nordcrm.jooq.tables.records.ContactRoleRecord;
import org.nordcrm.jooq.tables.records.IndustryRecord;
import org.nordcrm.settings.internal.RegisterRows;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories, industries, contact roles and company statuses of the current tenant, and the registers that are only
 * names ({@link NamedRegister}: contact origins, sources, products of interest).
 */
@Service
@Transactional
public class Registers {

	private final RegisterRows rows;

	Registers(RegisterRows rows) {
		this.rows = rows;
	}

	// categories

	@Transactional(readOnly = true)
	public List<Category> categories() {
		return rows.db().selectFrom(CATEGORY).orderBy(DSL.lower(CATEGORY.NAME)).fetch(Registers::category);
	}

	/** The categories that can be chosen on a company ({@code COMPANY}) or a person ({@code PERSON}). */
	@Transactional(readOnly = true)
	public List<Category> categories(CategoryScope target) {
		return categories().stream().filter(c -> c.scope().appliesTo(target)).toList();
	}

	@Transactional(readOnly = true)
	public List<Category> categories(Collection<CategoryId> ids) {
		return rows.db().selectFrom(CATEGORY).where(CATEGORY.ID.in(ids.stream().map(CategoryId::value).toList()))
			.orderBy(DSL.lower(CATEGORY.NAME)).fetch(Registers::category);
	}

	/** The given categories, each once, if all exist and may be used on {@code target}; else a field error. */
	@Transactional(readOnly = true)
	public List<CategoryId> categoriesFor(CategoryScope target, Collection<CategoryId> ids) {
		var distinct = List.copyOf(new LinkedHashSet<>(ids));
		if (distinct.isEmpty()) {
			// most records have none: no query (an import checks thousands of rows)
			return distinct;
		}
		if (categories(distinct).stream().filter(c -> c.scope().appliesTo(target)).count() != distinct.size()) {
			throw InvalidInput.of("categoryIds", "validation.unknown");
		}
		return distinct;
	}

	@Transactional(readOnly = true)
	public Category category(CategoryId id) {
		return category(rows.require(CATEGORY, CATEGORY.ID, id.value(), "category"));
	}

	/**
	 * Creates (id null) or changes a category. Like every save here, it finds the entry before it checks the
	 * input, so a change to an entry that is not there (or another tenant's) is not found, whatever was sent.
	 */
	public Category saveCategory(@Nullable CategoryId id, @Nullable String name, @Nullable CategoryScope scope) {
		return category(rows.save(CATEGORY, CATEGORY.ID, id == null ? null : id.value(), "category", r -> {
			r.setName(RegisterRows.name(name, RegisterRows.MAX_NAME));
			if (scope == null) {
				throw InvalidInput.of("scope", "NotNull");
			}
			r.setScope(scope.name());
		}));
	}

	public void deleteCategory(CategoryId id) {
		rows.delete(CATEGORY, CATEGORY.ID, id.value(), "category");
	}

	// industries

	@Transactional(readOnly = true)
	public List<Industry> industries() {
		return rows.db().selectFrom(INDUSTRY).orderBy(DSL.lower(INDUSTRY.NAME)).fetch(Registers::industry);
	}

	@Transactional(readOnly = true)
	public Industry industry(IndustryId id) {
		return industry(rows.require(INDUSTRY, INDUSTRY.ID, id.value(), "industry"));
	}

	@Transactional(readOnly = true)
	public Optional<Industry> industryNamed(String name) {
		return rows.db().selectFrom(INDUSTRY).where(DSL.lower(INDUSTRY.NAME).eq(name.strip().toLowerCase()))
			.fetchOptional(Registers::industry);
	}

	public Industry saveIndustry(@Nullable IndustryId id, @Nullable String name, @Nullable String code) {
		return industry(rows.save(INDUSTRY, INDUSTRY.ID, id == null ? null : id.value(), "industry", r -> {
			r.setName(RegisterRows.name(name, 200));
			var c = code == null || code.isBlank() ? null : code.strip();
			if (c != null && c.length() > 20) {
				throw InvalidInput.of("code", "validation.tooLong", 20);
			}
			r.setCode(c);
		}));
	}

	public void deleteIndustry(IndustryId id) {
		rows.delete(INDUSTRY, INDUSTRY.ID, id.value(), "industry");
	}

	// contact roles

	@Transactional(readOnly = true)
	public List<ContactRole> roles() {
		return rows.db().selectFrom(CONTACT_ROLE).orderBy(DSL.lower(CONTACT_ROLE.NAME)).fetch(Registers::role);
	}

	@Transactional(readOnly = true)
	public ContactRole role(ContactRoleId id) {
		return role(rows.require(CONTACT_ROLE, CONTACT_ROLE.ID, id.value(), "role"));
	}

	public ContactRole saveRole(@Nullable ContactRoleId id, @Nullable String name) {
		return role(rows.save(CONTACT_ROLE, CONTACT_ROLE.ID, id == null ? null : id.value(), "role",
				r -> r.setName(RegisterRows.name(name, RegisterRows.MAX_NAME))));
	}

	public void deleteRole(ContactRoleId id) {
		rows.delete(CONTACT_ROLE, CONTACT_ROLE.ID, id.value(), "role");
	}

	// company statuses

	@Transactional(readOnly = true)
	public List<CompanyStatus> statuses() {
		return rows.db().selectFrom(COMPANY_STATUS).orderBy(COMPANY_STATUS.CREATED_AT, COMPANY_STATUS.ID)
			.fetch(Registers::status);
	}

	@Transactional(readOnly = true)
	public CompanyStatus status(CompanyStatusId id) {
		return status(rows.require(COMPANY_STATUS, COMPANY_STATUS.ID, id.value(), "status"));
	}

	@Transactional(readOnly = true)
	public Optional<CompanyStatus> defaultStatus() {
		return statuses().stream().filter(CompanyStatus::isDefault).findFirst();
	}

	public CompanyStatus saveStatus(@Nullable CompanyStatusId id, @Nullable String name, boolean isDefault) {
		return status(rows.save(COMPANY_STATUS, COMPANY_STATUS.ID, id == null ? null : id.value(), "status", r -> {
			r.setName(RegisterRows.name(name, RegisterRows.MAX_NAME));
			if (isDefault) {
				rows.db().update(COMPANY_STATUS).set(COMPANY_STATUS.IS_DEFAULT, false)
					.where(COMPANY_STATUS.IS_DEFAULT.isTrue().and(COMPANY_STATUS.ID.ne(r.getId()))).execute();
			}
			r.setIsDefault(isDefault);
		}));
	}

	public void deleteStatus(CompanyStatusId id) {
		rows.delete(COMPANY_STATUS, COMPANY_STATUS.ID, id.value(), "status");
	}

	// contact origins, sources and products of interest

	/** All entries of a register of names, by name. */
	@Transactional(readOnly = true)
	public <E extends NamedEntry> List<E> list(NamedRegister<?, E> register) {
		return entries(register, register.rows(), DSL.noCondition());
	}

	/** The entry made first, if any: a new lead gets the first lead status. */
	@Transactional(readOnly = true)
	public <E extends NamedEntry> Optional<E> first(NamedRegister<?, E> register) {
		var t = register.rows();
		return rows.db().select(t.id(), t.name()).from(t.table())
			.orderBy(t.table().field("created_at", java.time.OffsetDateTime.class), t.id()).limit(1)
			.fetchOptional(r -> register.entry(r.value1(), r.value2()));
	}

	/** The entries among {@code ids} that exist, by name. */
	@Transactional(readOnly = true)
	public <I extends EntryId, E extends NamedEntry> List<E> list(NamedRegister<I, E> register, Collection<I> ids) {
		return entries(register, register.rows(), register.rows().id().in(ids.stream().map(EntryId::value).toList()));
	}

	@Transactional(readOnly = true)
	public <I extends EntryId, E extends NamedEntry> E find(NamedRegister<I, E> register, I id) {
		return list(register, List.of(id)).stream().findFirst().orElseThrow(() -> new RecordNotFound(register.kind(), id));
	}

	/** The given ids, each once, if all are entries of the register; else an error on {@code field}. */
	@Transactional(readOnly = true)
	public <I extends EntryId> List<I> existing(NamedRegister<I, ?> register, String field, Collection<@Nullable I> ids) {
		var distinct = new LinkedHashSet<>(ids);
		if (distinct.contains(null) || list(register, List.copyOf(distinct)).size() != distinct.size()) {
			throw InvalidInput.of(field, "validation.unknown");
		}
		return List.copyOf(distinct);
	}

	/** Creates (id null) or renames an entry; the name is unique in the register whatever its case. */
	public <I extends EntryId, E extends NamedEntry> E save(NamedRegister<I, E> register, @Nullable I id, @Nullable String name) {
		return save(register, register.rows(), id == null ? null : id.value(), name);
	}

	/** Deletes an entry; one that a company still refers to is refused. */
	public <I extends EntryId> void delete(NamedRegister<I, ?> register, I id) {
		delete(register.rows(), id.value(), register.kind());
	}

	private <E extends NamedEntry, R extends UpdatableRecord<R>> List<E> entries(NamedRegister<?, E> register,
			NamedRegister.Rows<R> t, Condition where) {
		return rows.db().select(t.id(), t.name()).from(t.table()).where(where).orderBy(DSL.lower(t.name()))
			.fetch(r -> register.entry(r.value1(), r.value2()));
	}

	private <E extends NamedEntry, R extends UpdatableRecord<R>> E save(NamedRegister<?, E> register, NamedRegister.Rows<R> t,
			@Nullable UUID id, @Nullable String name) {
		var row = rows.save(t.table(), t.id(), id, register.kind(), r -> r.set(t.name(), RegisterRows.name(name, RegisterRows.MAX_NAME)));
		return register.entry(row.get(t.id()), row.get(t.name()));
	}

	private <R extends UpdatableRecord<R>> void delete(NamedRegister.Rows<R> t, UUID id, String kind) {
		rows.delete(t.table(), t.id(), id, kind);
	}

	private static Category category(CategoryRecord r) {
		return new Category(new CategoryId(r.getId()), r.getName(), CategoryScope.valueOf(r.getScope()));
	}

	private static Industry industry(IndustryRecord r) {
		return new Industry(new IndustryId(r.getId()), r.getName(), r.getCode());
	}

	private static ContactRole role(ContactRoleRecord r) {
		return new ContactRole(new ContactRoleId(r.getId()), r.getName());
	}

	private static CompanyStatus status(CompanyStatusRecord r) {
		return new CompanyStatus(new CompanyStatusId(r.getId()), r.getName(), r.getIsDefault());
	}
}
