package org.nordcrm.companies.internal;

import static org.nordcrm.jooq.Tables.COMPANY;
import static org.nordcrm.jooq.Tables.COMPANY_CATEGORY;
import static org.nordcrm.jooq.Tables.COMPANY_PRODUCT_INTEREST;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.jooq.tables.records.CompanyRecord;
import org.nordcrm.merging.Comparison;
import org.nordcrm.merging.MergeChanges;
import org.nordcrm.merging.MergeForm;
import org.nordcrm.merging.FormMergeable;
import org.nordcrm.merging.LinkRows;
import org.nordcrm.merging.TableMerge;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.Formats;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Merging two companies: the survivor takes the chosen fields, gets the other's categories, and the other company
 * is hidden (its contacts, notes and the rest are moved by the modules they belong to).
 */
@Component
class CompanyMerge extends FormMergeable<Company> {

	private static final String CATEGORIES = "categories", PRODUCTS = "productInterests";

	private final Companies companies;
	private final SearchIndex index;
	private final TableMerge<CompanyRecord> rows;
	private final LinkRows categories;
	private final LinkRows products;

	CompanyMerge(DSLContext db, Companies companies, SearchIndex index, Registers registers, UserManagement users,
			Formats formats, MessageSource messages) {
		super(CompanyManagement.KIND, form(registers, users, formats, messages));
		this.companies = companies;
		this.index = index;
		this.rows = new TableMerge<>(db, COMPANY, CompanyManagement.KIND);
		this.categories = new LinkRows(db, COMPANY_CATEGORY, COMPANY_CATEGORY.COMPANY_ID, COMPANY_CATEGORY.CATEGORY_ID);
		this.products = new LinkRows(db, COMPANY_PRODUCT_INTEREST, COMPANY_PRODUCT_INTEREST.COMPANY_ID,
				COMPANY_PRODUCT_INTEREST.PRODUCT_ID);
	}

	private static MergeForm<Company> form(Registers registers, UserManagement users, Formats formats, MessageSource messages) {
		return new MergeForm<Company>()
			.field("customerNumber", "company.customerNumber", Company::customerNumber, COMPANY.CUSTOMER_NUMBER)
			.field("name", "company.name", Company::name, COMPANY.NAME)
			.field("nickname", "company.nickname", Company::nickname, COMPANY.NICKNAME)
			.field("organisationNumber", "company.organisationNumber",
					c -> c.organisationNumber() == null ? null : c.organisationNumberFormatted() + " (" + c.country() + ")",
					COMPANY.ORGANISATION_NUMBER, COMPANY.COUNTRY)
			.field("relations", "company.relations", c -> c.relations().stream()
				.map(r -> messages.getMessage("company.relation." + r, null, LocaleContextHolder.getLocale()))
				.collect(Collectors.joining(", ")), COMPANY.IS_CUSTOMER, COMPANY.IS_SUPPLIER, COMPANY.IS_PARTNER, COMPANY.IS_OTHER)
			.field("status", "company.status", c -> c.statusId() == null ? null : registers.status(c.statusId()).name(),
					COMPANY.STATUS_ID)
			.field("industry", "company.industry",
					c -> c.industryId() == null ? null : registers.industry(c.industryId()).name(), COMPANY.INDUSTRY_ID)
			.field("owner", "company.owner",
					c -> c.ownerId() == null ? null : users.find(c.ownerId()).map(u -> u.name()).orElse(null), COMPANY.OWNER_ID)
			.field("phone", "company.phone", c -> formats.phone(c.phone()), COMPANY.PHONE)
			.field("mobile", "company.mobile", c -> formats.phone(c.mobile()), COMPANY.MOBILE)
			.field("fax", "company.fax", c -> formats.phone(c.fax()), COMPANY.FAX)
			.field("email", "company.email", Company::email, COMPANY.EMAIL)
			.field("website", "company.website", Company::website, COMPANY.WEBSITE)
			.field("visitingAddress", "company.visitingAddress", c -> c.visitingAddress().oneLine(), COMPANY.VISIT_STREET,
					COMPANY.VISIT_POSTCODE, COMPANY.VISIT_CITY, COMPANY.VISIT_COUNTRY)
			.field("postalAddress", "company.postalAddress", c -> c.postalAddress().oneLine(), COMPANY.POSTAL_STREET,
					COMPANY.POSTAL_POSTCODE, COMPANY.POSTAL_CITY, COMPANY.POSTAL_COUNTRY)
			.field("invoiceAddress", "company.invoiceAddress", c -> c.invoiceAddress().oneLine(), COMPANY.INVOICE_STREET,
					COMPANY.INVOICE_POSTCODE, COMPANY.INVOICE_CITY, COMPANY.INVOICE_COUNTRY)
			.field("deliveryAddress", "company.deliveryAddress", c -> c.deliveryAddress().oneLine(), COMPANY.DELIVERY_STREET,
					COMPANY.DELIVERY_POSTCODE, COMPANY.DELIVERY_CITY, COMPANY.DELIVERY_COUNTRY)
			.field("invoiceMethod", "company.invoiceMethod", c -> c.invoiceMethod() == null ? null
					: messages.getMessage("company.invoiceMethod." + c.invoiceMethod(), null, LocaleContextHolder.getLocale())
							+ (c.invoiceEmail() == null ? "" : " " + c.invoiceEmail()),
					COMPANY.INVOICE_METHOD, COMPANY.INVOICE_EMAIL)
			.field("employees", "company.employees", Company::employees, COMPANY.EMPLOYEES)
			.field("turnover", "company.turnover", c -> c.turnover() == null ? null : formats.money(c.turnover(), c.turnoverCurrency()),
					COMPANY.TURNOVER, COMPANY.TURNOVER_CURRENCY)
			.field("origin", "company.origin",
					c -> c.originId() == null ? null : registers.find(NamedRegister.ORIGINS, c.originId()).name(), COMPANY.ORIGIN_ID)
			.field("source", "company.source",
					c -> c.sourceId() == null ? null : registers.find(NamedRegister.SOURCES, c.sourceId()).name(), COMPANY.SOURCE_ID)
			.field("note", "company.note", Company::note, COMPANY.NOTE);
	}

	@Override
	public MergeChanges merge(UUID survivorId, int survivorVersion, UUID otherId, int otherVersion, Set<String> take) {
		var survivor = rows.lockLive(survivorId, survivorVersion);
		var other = rows.lockLive(otherId, otherVersion);
		// a lead merges into a customer, not the other way round, and has no customer number to give
		if (Boolean.TRUE.equals(survivor.getIsLead()) && !Boolean.TRUE.equals(other.getIsLead())) {
			throw InvalidInput.of(null, "merge.error.leadSurvivor");
		}
		if (Boolean.TRUE.equals(other.getIsLead())) {
			take = take.stream().filter(k -> !k.equals("customerNumber")).collect(Collectors.toSet());
		}
		var merge = rows.take(survivor, other, form.columns(take));
		var added = Map.of(CATEGORIES, categories.addMissing(survivorId, otherId), PRODUCTS, products.addMissing(survivorId, otherId));
		rows.hide(other, survivorId);
		reindex(survivorId);
		index.remove(Boolean.TRUE.equals(other.getIsLead()) ? Company.LEAD_KIND : CompanyManagement.KIND, otherId);
		return merge.changes(added);
	}

	@Override
	public Set<String> undo(UUID survivorId, UUID otherId, MergeChanges changes) {
		var kept = rows.undo(survivorId, otherId, changes);
		categories.remove(survivorId, changes.added(CATEGORIES));
		products.remove(survivorId, changes.added(PRODUCTS));
		reindex(survivorId);
		reindex(otherId);
		return form.keys(kept);
	}

	private void reindex(UUID id) {
		companies.find(new CompanyId(id)).ifPresent(c -> index.index(c.searchKind(), id, CompanyManagement.terms(c)));
	}

	@Override
	protected Company live(UUID id) {
		return companies.find(new CompanyId(id)).orElseThrow(() -> new RecordNotFound(CompanyManagement.KIND, id));
	}

	@Override
	protected Comparison.Side side(Company c) {
		return new Comparison.Side(c.id().value(), c.customerNumber() == null ? c.name() : c.name() + " (" + c.customerNumber() + ")",
				"/companies/" + c.id().value(),
				c.version());
	}
}
