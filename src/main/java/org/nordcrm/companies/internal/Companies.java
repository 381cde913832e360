package org.nordcrm.companies.internal;

import static org.nordcrm.jooq.Tables.COMPANY;
import static org.nordcrm.jooq.Tables.COMPANY_CATEGORY;
import static org.nordcrm.jooq.Tables.COMPANY_PRODUCT_INTEREST;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.DuplicateHint;
import org.nordcrm.companies.InvoiceMethod;
import org.nordcrm.companies.Relation;
import org.nordcrm.jooq.tables.records.CompanyCategoryRecord;
import org.nordcrm.jooq.tables.records.CompanyProductInterestRecord;
import org.nordcrm.jooq.tables.records.CompanyRecord;
import org.nordcrm.merging.TableMerge;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.ContactOriginId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.ProductInterestId;
import org.nordcrm.settings.SourceId;
import org.nordcrm.database.BulkInsert;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/**
 * The company table. Deleted companies (deleted_at set) are invisible to every query here; leads (is_lead) are found
 * by id but left out of lists, counts and look-ups of the customer register.
 */
@Repository
public class Companies {

	private static final Condition LIVE = COMPANY.DELETED_AT.isNull();
	/** Live customers: the lists, counts, scans and imports of the customer register leave leads out. */
	private static final Condition CUSTOMERS = LIVE.and(COMPANY.IS_LEAD.isFalse());
	private static final Condition DELETED = COMPANY.DELETED_AT.isNotNull().and(COMPANY.MERGED_INTO_ID.isNull());
	/**
	 * Names are compared in lower case by trigram similarity, at least this much for "a similar name": the warning
	 * when a company is created and the duplicate scan use the same measure.
	 */
	static final double NAME_SIMILARITY = 0.45;
	private static final List<String> FREE_MAIL = List.of("gmail.com", "hotmail.com", "outlook.com", "live.com",
			"yahoo.com", "icloud.com", "online.no", "live.no", "hotmail.no", "telia.com", "hotmail.se", "yahoo.se", "msn.com");

	private final DSLContext db;

	Companies(DSLContext db) {
		this.db = db;
	}

	public Optional<Company> find(CompanyId id) {
		return db.selectFrom(COMPANY).where(COMPANY.ID.eq(id.value()).and(LIVE)).fetchOptional()
			.map(r -> toCompany(r, children(List.of(r.getId()))));
	}

	/** The live companies among {@code ids} that pass the filter, in the order of {@code ids}. */
	public List<Company> findAll(List<UUID> ids, CompanyFilter filter) {
		var rows = db.selectFrom(COMPANY).where(COMPANY.ID.in(ids).and(LIVE).and(condition(filter))).fetchMap(COMPANY.ID);
		var children = children(rows.keySet());
		var result = new ArrayList<Company>();
		for (var id : ids) {
			var r = rows.get(id);
			if (r != null) {
				result.add(toCompany(r, children));
			}
		}
		return result;
	}

	/**
	 * Live companies with any of these organisation numbers, customer numbers, e-mail addresses (lower case) or
	 * names (lower case, exact): one query for a batch of imported rows.
	 */
	public List<Company> matching(Collection<String> orgnrs, Collection<Long> numbers, Collection<String> emails,
			Collection<String> unnumberedEmails, Collection<String> names) {
		var any = DSL.noCondition().or(orgnrs.isEmpty() ? DSL.falseCondition() : COMPANY.ORGANISATION_NUMBER.in(orgnrs))
			.or(numbers.isEmpty() ? DSL.falseCondition() : COMPANY.CUSTOMER_NUMBER.in(numbers))
			.or(emails.isEmpty() ? DSL.falseCondition() : DSL.lower(COMPANY.EMAIL).in(emails))
			.or(unnumberedEmails.isEmpty() ? DSL.falseCondition()
					: DSL.lower(COMPANY.EMAIL).in(unnumberedEmails).and(COMPANY.ORGANISATION_NUMBER.isNull()))
			.or(names.isEmpty() ? DSL.falseCondition() : DSL.lower(COMPANY.NAME).in(names));
		return fetch(DSL.selectFrom(COMPANY).where(CUSTOMERS).and(any).orderBy(COMPANY.ID));
	}

	/** Live companies and leads with any of these organisation numbers, oldest first. */
	public List<Company> withOrganisationNumbers(Collection<String> orgnrs) {
		return fetch(DSL.selectFrom(COMPANY).where(LIVE).and(COMPANY.ORGANISATION_NUMBER.in(orgnrs)).orderBy(COMPANY.ID));
	}

	public Map<UUID, String> names(Collection<UUID> ids) {
		return db.select(COMPANY.ID, COMPANY.NAME).from(COMPANY).where(COMPANY.ID.in(ids)).fetchMap(COMPANY.ID, COMPANY.NAME);
	}

	/** Live companies passing the filter in id (creation) order after {@code after}, one more than the limit. */
	public List<Company> page(CompanyFilter filter, @Nullable UUID after, int limit) {
		return fetch(DSL.selectFrom(COMPANY).where(CUSTOMERS).and(condition(filter))
			.and(after == null ? DSL.noCondition() : COMPANY.ID.gt(after))
			.orderBy(COMPANY.ID).limit(limit + 1));
	}

	/** The first live companies passing the filter in name order. */
	public List<Company> byName(CompanyFilter filter, int limit) {
		return fetch(DSL.selectFrom(COMPANY).where(CUSTOMERS).and(condition(filter)).orderBy(COMPANY.NAME, COMPANY.ID).limit(limit));
	}

	/**
	 * Every live company passing the filter in name order, handed over {@code size} at a time, read with a cursor
	 * (in a transaction, so PostgreSQL sends the rows as they are fetched rather than all at once).
	 */
	public void eachByName(CompanyFilter filter, int size, Consumer<List<Company>> batch) {
		try (var cursor = db.selectFrom(COMPANY).where(CUSTOMERS).and(condition(filter)).orderBy(COMPANY.NAME, COMPANY.ID)
			.fetchSize(size).fetchLazy()) {
			while (cursor.hasNext()) {
				var rows = cursor.fetchNext(size);
				var children = children(rows.getValues(COMPANY.ID));
				batch.accept(rows.map(r -> toCompany(r, children)));
			}
		}
	}

	private List<Company> fetch(org.jooq.ResultQuery<CompanyRecord> query) {
		var rows = db.fetch(query);
		var children = children(rows.getValues(COMPANY.ID));
		return rows.map(r -> toCompany(r, children));
	}

	private static Condition condition(CompanyFilter f) {
		var c = DSL.noCondition();
		if (f.industryId() != null) {
			c = c.and(COMPANY.INDUSTRY_ID.eq(f.industryId().value()));
		}
		if (f.statusId() != null) {
			c = c.and(COMPANY.STATUS_ID.eq(f.statusId().value()));
		}
		if (f.ownerId() != null) {
			c = c.and(COMPANY.OWNER_ID.eq(f.ownerId().value()));
		}
		if (f.relation() != null) {
			c = c.and(relationField(f.relation()).isTrue());
		}
		if (f.categoryId() != null) {
			c = c.andExists(DSL.selectOne().from(COMPANY_CATEGORY).where(COMPANY_CATEGORY.COMPANY_ID.eq(COMPANY.ID)
				.and(COMPANY_CATEGORY.CATEGORY_ID.eq(f.categoryId().value()))));
		}
		return c;
	}

	/** A new company; a lead ({@code c.lead()}) has no customer number. */
	public Company insert(@Nullable Long customerNumber, Company c) {
		var r = db.newRecord(COMPANY);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setCustomerNumber(customerNumber);
		r.setIsLead(c.lead());
		fill(r, c);
		r.store();
		setChildren(r.getId(), c);
		return find(new CompanyId(r.getId())).orElseThrow();
	}

	/**
	 * Inserts new companies numbered {@code firstNumber} on in one statement, their categories and products of interest
	 * in one each (the history triggers fire per row as for a single insert): leads when {@code lead}, with
	 * {@code defaultStatus} where they have none. Returns them as stored, in the order given.
	 */
	public List<Company> insertAll(@Nullable Long firstNumber, List<Company> batch, boolean lead,
			@Nullable CompanyStatusId defaultStatus) {
		if (batch.isEmpty()) {
			return List.of();
		}
		var tenant = TenantContext.require().value();
		var records = new ArrayList<CompanyRecord>(batch.size());
		var categories = new ArrayList<Row3<UUID, UUID, UUID>>();
		var products = new ArrayList<Row3<UUID, UUID, UUID>>();
		var children = new Children(new HashMap<>(), new HashMap<>());
		Long number = firstNumber;
		for (var c : batch) {
			var r = db.newRecord(COMPANY);
			r.setTenantId(tenant);
			r.setId(Ids.next());
			r.setCustomerNumber(number);
			r.setIsLead(lead);
			number = number == null ? null : number + 1;
			fill(r, c);
			if (r.getStatusId() == null && defaultStatus != null) {
				r.setStatusId(defaultStatus.value());
			}
			records.add(r);
			var categoryIds = c.categoryIds().stream().map(CategoryId::value).distinct().toList();
			var productIds = c.productInterestIds().stream().map(ProductInterestId::value).distinct().toList();
			categoryIds.forEach(k -> categories.add(DSL.row(tenant, r.getId(), k)));
			productIds.forEach(p -> products.add(DSL.row(tenant, r.getId(), p)));
			children.categories().put(r.getId(), categoryIds);
			children.products().put(r.getId(), productIds);
		}
		BulkInsert.records(db, COMPANY, records, "");
		if (!categories.isEmpty()) {
			db.insertInto(COMPANY_CATEGORY, CATEGORIES.tenant(), CATEGORIES.company(), CATEGORIES.target())
				.valuesOfRows(categories).onConflictDoNothing().execute();
		}
		if (!products.isEmpty()) {
			db.insertInto(COMPANY_PRODUCT_INTEREST, PRODUCTS.tenant(), PRODUCTS.company(), PRODUCTS.target())
				.valuesOfRows(products).onConflictDoNothing().execute();
		}
		// the rows as stored, without reading them back: created and updated at the transaction's now(), version 0
		var now = db.select(DSL.currentOffsetDateTime()).fetchOne(0, OffsetDateTime.class);
		return records.stream().map(r -> {
			r.setCreatedAt(now);
			r.setUpdatedAt(now);
			r.setVersion(0);
			return toCompany(r, children);
		}).toList();
	}

	/** Writes the changes if the row is still at {@code version}; false when someone else changed it first. */
	public boolean update(CompanyId id, int version, Company c) {
		var r = db.fetchOne(COMPANY, COMPANY.ID.eq(id.value()).and(LIVE));
		if (r == null || r.getVersion() != version) {
			return false;
		}
		fill(r, c);
		r.setVersion(version + 1);
		r.setUpdatedAt(OffsetDateTime.now());
		r.store();
		setChildren(id.value(), c);
		return true;
	}

	public org.jooq.Select<org.jooq.Record1<UUID>> leadIds() {
		return DSL.select(COMPANY.ID).from(COMPANY).where(COMPANY.IS_LEAD.isTrue());
	}

	public org.jooq.Select<org.jooq.Record1<UUID>> liveIds() {
		return DSL.select(COMPANY.ID).from(COMPANY).where(LIVE);
	}

	public boolean softDelete(CompanyId id) {
		return db.update(COMPANY).set(COMPANY.DELETED_AT, OffsetDateTime.now()).set(COMPANY.VERSION, COMPANY.VERSION.plus(1))
			.where(COMPANY.ID.eq(id.value()).and(LIVE)).execute() == 1;
	}

	/** The name of the live company that has this customer number, if any. */
	public Optional<String> holderOf(long customerNumber) {
		return db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.CUSTOMER_NUMBER.eq(customerNumber).and(LIVE)).fetchOptional(COMPANY.NAME);
	}

	/**
	 * Makes a live lead a customer with {@code customerNumber}, if it is still a lead; false when it is not (converted
	 * meanwhile, deleted, or no lead at all).
	 */
	public boolean convertLead(CompanyId id, long customerNumber) {
		return db.update(COMPANY).set(COMPANY.IS_LEAD, false).set(COMPANY.CUSTOMER_NUMBER, customerNumber)
			.set(COMPANY.VERSION, COMPANY.VERSION.plus(1)).set(COMPANY.UPDATED_AT, OffsetDateTime.now())
			.where(COMPANY.ID.eq(id.value()).and(LIVE).and(COMPANY.IS_LEAD.isTrue())).execute() == 1;
	}

	/** Live customers (not leads) with this organisation number, oldest first. */
	public List<Company> customersWithOrganisationNumber(String orgnr, CompanyId except) {
		return fetch(DSL.selectFrom(COMPANY).where(CUSTOMERS).and(COMPANY.ORGANISATION_NUMBER.eq(orgnr))
			.and(COMPANY.ID.ne(except.value())).orderBy(COMPANY.ID));
	}

	/** The customers numbered in [first, last], highest number (latest) first: who a series was given to lately. */
	public List<Company> lastNumbered(long first, long last, int limit) {
		return fetch(DSL.selectFrom(COMPANY).where(CUSTOMERS).and(COMPANY.CUSTOMER_NUMBER.between(first, last))
			.orderBy(COMPANY.CUSTOMER_NUMBER.desc()).limit(limit));
	}

	/** Makes a deleted company live again, with a new customer number when one is given. */
	public boolean restore(CompanyId id, @Nullable Long newNumber) {
		return db.update(COMPANY).setNull(COMPANY.DELETED_AT).set(COMPANY.VERSION, COMPANY.VERSION.plus(1))
			.set(COMPANY.CUSTOMER_NUMBER, newNumber == null ? COMPANY.CUSTOMER_NUMBER : DSL.val(newNumber))
			.where(COMPANY.ID.eq(id.value()).and(DELETED)).execute() == 1;
	}

	/** Deletes a deleted company for good, with those merged into it; categories and contact links go with them (cascade). */
	public List<UUID> erase(CompanyId id) {
		var ids = new TableMerge<>(db, COMPANY, "company").withMergedIn(id.value());
		db.deleteFrom(COMPANY).where(COMPANY.ID.in(ids).and(COMPANY.DELETED_AT.isNotNull())).execute();
		return ids;
	}

	public Optional<Company> findDeleted(CompanyId id) {
		return fetch(DSL.selectFrom(COMPANY).where(COMPANY.ID.eq(id.value()).and(DELETED))).stream().findFirst();
	}

	/** Deleted companies, most recently deleted first; merged-away ones are undone from history, not restored. */
	public List<Company> deleted(int limit) {
		return fetch(DSL.selectFrom(COMPANY).where(DELETED).orderBy(COMPANY.DELETED_AT.desc()).limit(limit));
	}

	/** Moves every live company of one industry to another in one statement; returns how many moved. */
	public int moveIndustry(IndustryId from, IndustryId to) {
		return db.update(COMPANY)
			.set(COMPANY.INDUSTRY_ID, to.value())
			.set(COMPANY.VERSION, COMPANY.VERSION.plus(1))
			.set(COMPANY.UPDATED_AT, OffsetDateTime.now())
			.where(COMPANY.INDUSTRY_ID.eq(from.value()).and(LIVE))
			.execute();
	}

	public int countInIndustry(IndustryId industry) {
		return db.fetchCount(COMPANY, COMPANY.INDUSTRY_ID.eq(industry.value()).and(CUSTOMERS));
	}

	public List<DuplicateHint> duplicates(@Nullable String orgnr, String name, List<String> postcodes, @Nullable String emailDomain,
			@Nullable CompanyId except) {
		var hints = new ArrayList<DuplicateHint>();
		var notSelf = except == null ? DSL.noCondition() : COMPANY.ID.ne(except.value());
		if (orgnr != null) {
			hints.addAll(hints(COMPANY.ORGANISATION_NUMBER.eq(orgnr).and(notSelf), "company.duplicate.orgnr"));
		}
		if (!postcodes.isEmpty()) {
			var similar = DSL.condition("similarity(lower({0}), lower({1})) >= {2}", COMPANY.NAME, DSL.val(name),
					DSL.inline(NAME_SIMILARITY));
			hints.addAll(hints(COMPANY.VISIT_POSTCODE.in(postcodes).or(COMPANY.POSTAL_POSTCODE.in(postcodes))
				.and(similar).and(notSelf), "company.duplicate.name"));
		}
		if (emailDomain != null && !FREE_MAIL.contains(emailDomain)) {
			hints.addAll(hints(DSL.lower(DSL.splitPart(COMPANY.EMAIL, DSL.inline("@"), DSL.inline(2))).eq(emailDomain).and(COMPANY.EMAIL.isNotNull())
				.and(notSelf), "company.duplicate.email"));
		}
		var seen = new HashSet<CompanyId>();
		return hints.stream().filter(h -> seen.add(h.id())).limit(10).toList();
	}

	private List<DuplicateHint> hints(Condition where, String reason) {
		return db.select(COMPANY.ID, COMPANY.CUSTOMER_NUMBER, COMPANY.NAME).from(COMPANY).where(where.and(CUSTOMERS))
			.orderBy(COMPANY.NAME).limit(10)
			.fetch(r -> new DuplicateHint(new CompanyId(r.value1()), r.value2(), r.value3(), reason));
	}

	/** A company's rows in a link table: its categories, its products of interest. */
	private record Links<R extends Record>(Table<R> table, TableField<R, UUID> tenant, TableField<R, UUID> company,
			TableField<R, UUID> target) {
	}

	private static final Links<CompanyCategoryRecord> CATEGORIES = new Links<>(COMPANY_CATEGORY, COMPANY_CATEGORY.TENANT_ID,
			COMPANY_CATEGORY.COMPANY_ID, COMPANY_CATEGORY.CATEGORY_ID);
	private static final Links<CompanyProductInterestRecord> PRODUCTS = new Links<>(COMPANY_PRODUCT_INTEREST,
			COMPANY_PRODUCT_INTEREST.TENANT_ID, COMPANY_PRODUCT_INTEREST.COMPANY_ID, COMPANY_PRODUCT_INTEREST.PRODUCT_ID);

	/** What companies link to, read once for a list of them. */
	private record Children(Map<UUID, List<UUID>> categories, Map<UUID, List<UUID>> products) {
	}

	private Children children(Collection<UUID> companies) {
		return new Children(links(CATEGORIES, companies), links(PRODUCTS, companies));
	}

	private void setChildren(UUID company, Company c) {
		setLinks(CATEGORIES, company, c.categoryIds().stream().map(CategoryId::value).toList());
		setLinks(PRODUCTS, company, c.productInterestIds().stream().map(ProductInterestId::value).toList());
	}

	/** Removes and adds only what changed, so history records each link taken off or put on once. */
	private <R extends Record> void setLinks(Links<R> links, UUID company, List<UUID> wanted) {
		db.deleteFrom(links.table()).where(links.company().eq(company))
			.and(wanted.isEmpty() ? DSL.noCondition() : links.target().notIn(wanted))
			.execute();
		for (var target : wanted) {
			db.insertInto(links.table())
				.set(links.tenant(), TenantContext.require().value())
				.set(links.company(), company)
				.set(links.target(), target)
				.onConflictDoNothing()
				.execute();
		}
	}

	private <R extends Record> Map<UUID, List<UUID>> links(Links<R> links, Collection<UUID> companies) {
		var map = new HashMap<UUID, List<UUID>>();
		if (companies.isEmpty()) {
			return map;
		}
		db.select(links.company(), links.target()).from(links.table()).where(links.company().in(companies))
			.forEach(r -> map.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
		return map;
	}

	private static TableField<CompanyRecord, Boolean> relationField(Relation r) {
		return switch (r) {
			case CUSTOMER -> COMPANY.IS_CUSTOMER;
			case SUPPLIER -> COMPANY.IS_SUPPLIER;
			case PARTNER -> COMPANY.IS_PARTNER;
			case OTHER -> COMPANY.IS_OTHER;
		};
	}

	private static void fill(CompanyRecord r, Company c) {
		r.setName(c.name());
		r.setNickname(c.nickname());
		r.setOrganisationNumber(c.organisationNumber());
		r.setCountry(c.country());
		for (var rel : Relation.values()) {
			r.set(relationField(rel), c.relations().contains(rel));
		}
		r.setStatusId(c.statusId() == null ? null : c.statusId().value());
		r.setIndustryId(c.industryId() == null ? null : c.industryId().value());
		r.setOwnerId(c.ownerId() == null ? null : c.ownerId().value());
		r.setPhone(c.phone());
		r.setMobile(c.mobile());
		r.setFax(c.fax());
		r.setEmail(c.email());
		r.setWebsite(c.website());
		setAddress(r, "visit", c.visitingAddress());
		setAddress(r, "postal", c.postalAddress());
		setAddress(r, "invoice", c.invoiceAddress());
		setAddress(r, "delivery", c.deliveryAddress());
		r.setInvoiceMethod(c.invoiceMethod() == null ? null : c.invoiceMethod().name());
		r.setInvoiceEmail(c.invoiceEmail());
		r.setEmployees(c.employees());
		r.setTurnover(c.turnover());
		r.setTurnoverCurrency(c.turnoverCurrency());
		r.setNote(c.note());
		r.setOriginId(c.originId() == null ? null : c.originId().value());
		r.setSourceId(c.sourceId() == null ? null : c.sourceId().value());
	}

	/**
	 * Each address's street, postcode, city and country columns by prefix, as the table's own fields: a record finds
	 * those by identity, while a typed copy ({@code field(name, String.class)}) it compares with each of its fields by
	 * rendering their SQL, which cost a batch import more than its companies' insert.
	 */
	@SuppressWarnings("unchecked")
	private static final Map<String, List<Field<String>>> ADDRESS_FIELDS = Stream.of("visit", "postal", "invoice", "delivery")
		.collect(Collectors.toMap(p -> p, p -> Stream.of("_street", "_postcode", "_city", "_country")
			.map(s -> (Field<String>) Objects.requireNonNull(COMPANY.field(p + s))).toList()));

	private static void setAddress(Record r, String prefix, Address a) {
		var f = ADDRESS_FIELDS.get(prefix);
		r.set(f.get(0), a.street());
		r.set(f.get(1), a.postcode());
		r.set(f.get(2), a.city());
		r.set(f.get(3), a.country());
	}

	private static Address address(Record r, String prefix) {
		var f = ADDRESS_FIELDS.get(prefix);
		return new Address(r.get(f.get(0)), r.get(f.get(1)), r.get(f.get(2)), r.get(f.get(3)));
	}

	private static Company toCompany(CompanyRecord r, Children children) {
		var relations = EnumSet.noneOf(Relation.class);
		for (var rel : Relation.values()) {
			if (Boolean.TRUE.equals(r.get(relationField(rel)))) {
				relations.add(rel);
			}
		}
		return new Company(new CompanyId(r.getId()), r.getCustomerNumber(), r.getName(), r.getNickname(), r.getOrganisationNumber(),
				r.getCountry(), relations, r.getStatusId() == null ? null : new CompanyStatusId(r.getStatusId()),
				r.getIndustryId() == null ? null : new IndustryId(r.getIndustryId()),
				r.getOwnerId() == null ? null : new UserId(r.getOwnerId()), r.getPhone(), r.getMobile(), r.getFax(), r.getEmail(),
				r.getWebsite(), address(r, "visit"), address(r, "postal"), address(r, "invoice"), address(r, "delivery"),
				r.getInvoiceMethod() == null ? null : InvoiceMethod.valueOf(r.getInvoiceMethod()), r.getInvoiceEmail(),
				r.getEmployees(), r.getTurnover(), r.getTurnoverCurrency(), r.getNote(),
				children.categories().getOrDefault(r.getId(), List.of()).stream().map(CategoryId::new).toList(),
				r.getOriginId() == null ? null : new ContactOriginId(r.getOriginId()),
				r.getSourceId() == null ? null : new SourceId(r.getSourceId()),
				children.products().getOrDefault(r.getId(), List.of()).stream().map(ProductInterestId::new).toList(),
				r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(), r.getIsLead());
	}
}
