package org.nordcrm.companies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.internal.Companies;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchTerms;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.ContactOriginId;
import org.nordcrm.settings.EntryId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.ProductInterestId;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, finding and deleting the companies of the current tenant. */
@Service
@Transactional
public class CompanyManagement {

	public static final String KIND = "company";
	public static final int MAX_NOTE = 20_000;

	private final Companies companies;
	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	CompanyManagement(Companies companies, Registers registers, NumberSeriesManagement series, UserManagement users,
			SearchIndex index, ApplicationEventPublisher events) {
		this.events = events;
		this.companies = companies;
		this.registers = registers;
		this.series = series;
		this.users = users;
		this.index = index;
	}

	@Transactional(readOnly = true)
	public Optional<Company> find(CompanyId id) {
		return companies.find(id);
	}

	@Transactional(readOnly = true)
	public Company get(CompanyId id) {
		return companies.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The companies among {@code ids} that exist and pass the filter, in the order given. */
	@Transactional(readOnly = true)
	public List<Company> findAll(List<UUID> ids, CompanyFilter filter) {
		return ids.isEmpty() ? List.of() : companies.findAll(ids, filter);
	}

	/** The names of the companies among {@code ids}, deleted and merged-away ones too (history names them). */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : companies.names(ids);
	}

	/**
	 * Live companies with any of these organisation numbers (as stored), customer numbers, e-mail addresses,
	 * e-mail addresses but no organisation number ({@code unnumberedEmails}), or exact names (addresses and names
	 * compared in lower case), oldest first: how an import finds the records its rows match.
	 */
	@Transactional(readOnly = true)
	public List<Company> matching(Collection<String> orgnrs, Collection<Long> customerNumbers, Collection<String> emails,
			Collection<String> unnumberedEmails, Collection<String> names) {
		if (orgnrs.isEmpty() && customerNumbers.isEmpty() && emails.isEmpty() && unnumberedEmails.isEmpty() && names.isEmpty()) {
			return List.of();
		}
		return companies.matching(orgnrs, customerNumbers, lower(emails), lower(unnumberedEmails), lower(names));
	}

	private static List<String> lower(Collection<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * Live companies, leads among them, with any of these organisation numbers (as stored): what the register lookup
	 * (module registry) must not create a second time.
	 */
	@Transactional(readOnly = true)
	public List<Company> withOrganisationNumbers(Collection<String> orgnrs) {
		return orgnrs.isEmpty() ? List.of() : companies.withOrganisationNumbers(orgnrs);
	}

	/**
	 * What is wrong with {@code input} as a new company (or a change of {@code current}), without writing anything:
	 * the field errors {@link #create} would throw, or none. An import checks its rows with it, so a bad row never
	 * marks the import's transaction for rollback.
	 */
	@Transactional(readOnly = true)
	public List<InvalidInput.FieldError> problems(CompanyInput input, @Nullable CompanyId current) {
		try {
			// the default status is no check: it is left out here, so checking a row costs no look-up of it
			var existing = current == null ? null : get(current);
			validate(input, existing, Optional::empty, existing != null && existing.lead());
			return List.of();
		}
		catch (InvalidInput e) {
			return e.errors();
		}
	}

	@Transactional(readOnly = true)
	public CursorPage<Company> page(CompanyFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(companies.page(filter, CursorPage.uuid(after), n), n, c -> c.id().toString());
	}

	@Transactional(readOnly = true)
	public List<Company> byName(CompanyFilter filter, int limit) {
		return companies.byName(filter, limit);
	}

	/**
	 * Companies the input may be a second copy of: the same organisation number, a very similar name in the same
	 * postcode, or the same e-mail domain (free mail services aside).
	 */
	@Transactional(readOnly = true)
	public List<DuplicateHint> likelyDuplicates(CompanyInput input, @Nullable CompanyId except) {
		var checks = new Checks();
		var country = checks.country("country", input.country(), "NO");
		var orgnr = input.organisationNumber() == null || input.organisationNumber().isBlank() ? null
				: checks.check(() -> OrganisationNumber.parse(country, input.organisationNumber()).value());
		var name = checks.optional("name", input.name(), 300);
		var postcodes = new ArrayList<String>();
		for (var a : new Address[] { input.visitingAddress(), input.postalAddress() }) {
			if (a != null && a.postcode() != null && !a.postcode().isBlank()) {
				postcodes.add(a.postcode().strip());
			}
		}
		var email = checks.email("email", input.email());
		var domain = email == null ? null : email.substring(email.indexOf('@') + 1);
		return companies.duplicates(orgnr, name == null ? "" : name, name == null ? List.of() : postcodes, domain, except);
	}

	public Company create(CompanyInput input) {
		return create(input, false);
	}

	/**
	 * Creates a company as {@link #create} does, or, when {@code lead}, a lead (module leads): no customer number,
	 * left out of the customer register's lists and search, found in search as {@link Company#LEAD_KIND}.
	 */
	public Company create(CompanyInput input, boolean lead) {
		var company = validate(input, null, this::defaultStatus, lead);
		var created = companies.insert(lead ? null : series.allocate(input.numberSeriesId()), company);
		index.index(created.searchKind(), created.id().value(), terms(created));
		events.publishEvent(new CompanyCreated(created.id()));
		return created;
	}

	/**
	 * Makes a lead a customer with the next number of {@code numberSeriesId} (the default series when null): the
	 * same row, so everything attached to it stays. Converting what is no lead (any more) is refused.
	 */
	public Company convertLead(CompanyId id, @Nullable NumberSeriesId numberSeriesId) {
		if (!get(id).lead()) {
			throw InvalidInput.of(null, "lead.error.converted");
		}
		if (!companies.convertLead(id, series.allocate(numberSeriesId))) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		index.remove(Company.LEAD_KIND, id.value());
		var converted = get(id);
		index.index(KIND, id.value(), terms(converted));
		return converted;
	}

	/** Live customers (leads left out) other than {@code except} with this organisation number (as stored). */
	@Transactional(readOnly = true)
	public List<Company> customersWithOrganisationNumber(String organisationNumber, CompanyId except) {
		return companies.customersWithOrganisationNumber(organisationNumber, except);
	}

	/** The customers most recently numbered from a series: the highest numbers in its range first. */
	@Transactional(readOnly = true)
	public List<Company> lastNumbered(NumberSeriesId seriesId, int limit) {
		var s = series.find(seriesId);
		return companies.lastNumbered(s.firstNumber(), s.lastNumber(), limit);
	}

	/**
	 * A new company's input checked by the rules {@link #create} applies, without writing anything; the default status
	 * is given at creation, so checking costs no look-up of it.
	 */
	@Transactional(readOnly = true)
	public CheckedCompany check(CompanyInput input) {
		try {
			return new CheckedCompany(validate(input, null, Optional::empty, false), input.numberSeriesId(), List.of());
		}
		catch (InvalidInput e) {
			return new CheckedCompany(null, input.numberSeriesId(), e.errors());
		}
	}

	/**
	 * Creates many checked companies ({@link #check}), or, when {@code lead}, leads (without customer numbers); one with
	 * errors throws them before anything is written. Set-based statements a chunk: one range of customer numbers per
	 * number series (taken apart, {@link NumberSeriesManagement#reserveRange}), one insert for the companies, one for
	 * their categories, one for their search words, and one {@link CompaniesCreated} event. Returns them as stored, in
	 * the order given.
	 */
	public List<Company> createAll(List<CheckedCompany> checked, boolean lead) {
		var valid = checked.stream().map(CheckedCompany::company).toList();
		var created = new ArrayList<Company>(checked.size());
		for (int from = 0; from < checked.size(); from += CREATE_CHUNK) {
			int to = Math.min(checked.size(), from + CREATE_CHUNK);
			created.addAll(createChunk(checked.subList(from, to), valid.subList(from, to), lead));
		}
		return created;
	}

	/**
	 * Companies a chunk: they are copied in ({@code BulkInsert}); their categories and products go in a multi-row
	 * insert of 3 bind parameters a link, under PostgreSQL's 65 535 with up to 10 links a company.
	 */
	private static final int CREATE_CHUNK = 2000;

	private List<Company> createChunk(List<CheckedCompany> checked, List<Company> valid, boolean lead) {
		var status = defaultStatus().orElse(null);
		// each number series gives one range, in the order the rows come
		var bySeries = new LinkedHashMap<Optional<NumberSeriesId>, List<Integer>>();
		for (int i = 0; i < checked.size(); i++) {
			bySeries.computeIfAbsent(Optional.ofNullable(checked.get(i).numberSeriesId()), k -> new ArrayList<>()).add(i);
		}
		var created = new ArrayList<Company>(Collections.nCopies(checked.size(), (Company) null));
		bySeries.forEach((seriesId, positions) -> {
			Long first = lead ? null : series.reserveRange(seriesId.orElse(null), positions.size());
			var stored = companies.insertAll(first, positions.stream().map(valid::get).toList(), lead, status);
			for (int k = 0; k < positions.size(); k++) {
				created.set(positions.get(k), stored.get(k));
			}
		});
		var terms = new LinkedHashMap<UUID, SearchTerms>();
		created.forEach(c -> terms.put(c.id().value(), terms(c)));
		index.indexNew(lead ? Company.LEAD_KIND : KIND, terms);
		events.publishEvent(new CompaniesCreated(created.stream().map(Company::id).toList()));
		return created;
	}

	/** Changes a company; {@code input.version()} must be the version read, unless null. */
	public Company update(CompanyId id, CompanyInput input) {
		var current = get(id);
		var company = validate(input, current, this::defaultStatus, current.lead());
		int version = input.version() == null ? current.version() : input.version();
		if (!companies.update(id, version, company)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		var updated = get(id);
		index.index(updated.searchKind(), id.value(), terms(updated));
		return updated;
	}

	/**
	 * Changes only a company's extra info (origin, source, products of interest), as the Extra info tab edits it;
	 * {@code version} must be the version read, unless null.
	 */
	public Company updateExtraInfo(CompanyId id, @Nullable ContactOriginId origin, @Nullable SourceId source,
			List<@Nullable ProductInterestId> products, @Nullable Integer version) {
		return update(id, CompanyInput.of(get(id)).withExtraInfo(origin, source, products, version));
	}

	public void delete(CompanyId id) {
		var company = get(id);
		if (!companies.softDelete(id)) {
			throw new RecordNotFound(KIND, id);
		}
		index.remove(company.searchKind(), id.value());
	}

	/**
	 * Brings a deleted company back as it was, with its links, and into search again. When its customer number has
	 * been given to another company meanwhile, it is refused unless {@code renumber}: then it gets the next number
	 * of the default series.
	 */
	public Company restore(CompanyId id, boolean renumber) {
		var deleted = companies.findDeleted(id).orElseThrow(() -> new RecordNotFound(KIND, id));
		if (deleted.customerNumber() == null) {
			// a lead has no number to give back
			companies.restore(id, null);
			var restored = get(id);
			index.index(restored.searchKind(), id.value(), terms(restored));
			return restored;
		}
		long number = deleted.customerNumber();
		var holder = companies.holderOf(number);
		if (holder.isPresent() && !renumber) {
			throw InvalidInput.of("renumber", "restore.error.numberTaken", String.valueOf(number), holder.get());
		}
		companies.restore(id, holder.isPresent() ? series.allocate(null) : null);
		var restored = get(id);
		index.index(KIND, id.value(), terms(restored));
		return restored;
	}

	/**
	 * Erases a deleted company for good (GDPR): its row with its categories and contact links goes, and every
	 * module forgets what it kept about it. The erasure itself stays in history, without the erased values.
	 */
	public void erase(CompanyId id) {
		if (companies.findDeleted(id).isEmpty()) {
			throw new RecordNotFound(KIND, id);
		}
		for (var erased : companies.erase(id)) {
			index.remove(KIND, erased);
			index.remove(Company.LEAD_KIND, erased);
			events.publishEvent(new RecordErased(KIND, erased));
		}
	}

	/** A deleted company (not one merged into another: that is undone from history). */
	@Transactional(readOnly = true)
	public Optional<Company> findDeleted(CompanyId id) {
		return companies.findDeleted(id);
	}

	@Transactional(readOnly = true)
	public List<Company> deleted(int limit) {
		return companies.deleted(limit);
	}

	/**
	 * The ids of all live companies as a query, for set-based work of other modules over every company (a folder
	 * template applied to a million companies is one statement, not a million calls).
	 */
	@Transactional(readOnly = true)
	public org.jooq.Select<? extends org.jooq.Record1<UUID>> liveIds() {
		return companies.liveIds();
	}

	/**
	 * The ids of all lead companies as a query: the contacts module leaves their contact persons out of its lists
	 * in the same statement.
	 */
	@Transactional(readOnly = true)
	public org.jooq.Select<? extends org.jooq.Record1<UUID>> leadIds() {
		return companies.leadIds();
	}

	/** Moves all companies of industry {@code from} to {@code to}; returns how many moved. */
	public int moveIndustry(IndustryId from, IndustryId to) {
		registers.industry(from);
		registers.industry(to);
		if (from.equals(to)) {
			throw InvalidInput.of("to", "industry.error.sameIndustry");
		}
		return companies.moveIndustry(from, to);
	}

	@Transactional(readOnly = true)
	public int countInIndustry(IndustryId industry) {
		return companies.countInIndustry(industry);
	}

	/** What a company is found by in search. */
	public static SearchTerms terms(Company c) {
		return new SearchTerms().text(c.name(), c.nickname())
			.number(c.customerNumber(), c.organisationNumber())
			.phone(c.phone(), c.mobile())
			.email(c.email());
	}

	private Optional<CompanyStatusId> defaultStatus() {
		return registers.defaultStatus().map(s -> s.id());
	}

	/** {@code defaultStatus} is asked only for a new company without a status (a batch asks the register once). */
	private Company validate(CompanyInput in, @Nullable Company current, Supplier<Optional<CompanyStatusId>> defaultStatus,
			boolean lead) {
		var checks = new Checks();
		var name = checks.required("name", in.name(), 300);
		var country = checks.country("country", in.country(), "NO");
		var orgnr = in.organisationNumber() == null || in.organisationNumber().isBlank() ? null
				: checks.check(() -> OrganisationNumber.parse(country, in.organisationNumber()).value());
		var relations = in.relations() == null ? EnumSet.of(Relation.CUSTOMER)
				: in.relations().isEmpty() ? EnumSet.noneOf(Relation.class) : EnumSet.copyOf(in.relations());
		if (relations.isEmpty()) {
			checks.error("relations", "company.error.relations");
		}
		var status = in.statusId() != null ? in.statusId()
				: current == null ? defaultStatus.get().orElse(null) : null;
		if (in.statusId() != null) {
			checks.check(() -> registers.status(in.statusId()));
		}
		if (in.industryId() != null) {
			checks.check(() -> registers.industry(in.industryId()));
		}
		if (in.ownerId() != null && users.find(in.ownerId()).isEmpty()) {
			checks.error("ownerId", "validation.unknown");
		}
		var categories = in.categoryIds().isEmpty() ? List.<CategoryId>of()
				: checks.check(() -> registers.categoriesFor(CategoryScope.COMPANY, in.categoryIds()));
		known(checks, "originId", NamedRegister.ORIGINS, in.originId());
		known(checks, "sourceId", NamedRegister.SOURCES, in.sourceId());
		var products = in.productInterestIds().isEmpty() ? List.<ProductInterestId>of()
				: checks.check(() -> registers.existing(NamedRegister.PRODUCT_INTERESTS, "productInterestIds",
						in.productInterestIds()));
		var email = checks.email("email", in.email());
		var invoiceEmail = checks.email("invoiceEmail", in.invoiceEmail());
		if (in.invoiceMethod() == InvoiceMethod.EMAIL && invoiceEmail == null && email == null) {
			checks.error("invoiceEmail", "company.error.invoiceEmail");
		}
		if (in.invoiceMethod() == InvoiceMethod.EHF && (orgnr == null || !country.equals("NO"))) {
			checks.error("invoiceMethod", "company.error.ehf");
		}
		var currency = checks.optional("turnoverCurrency", in.turnoverCurrency(), 3);
		if (currency != null && !currency.matches("[A-Za-z]{3}")) {
			checks.error("turnoverCurrency", "validation.currency");
		}
		var company = new Company(current == null ? new CompanyId(new UUID(0, 0)) : current.id(), null, name,
				checks.optional("nickname", in.nickname(), 300), orgnr, country, relations, status, in.industryId(),
				in.ownerId(), checks.phone("phone", in.phone(), country), checks.phone("mobile", in.mobile(), country),
				checks.phone("fax", in.fax(), country), email, checks.website("website", in.website()),
				in.visitingAddress().checked(checks, "visitingAddress", country),
				in.postalAddress().checked(checks, "postalAddress", country),
				in.invoiceAddress().checked(checks, "invoiceAddress", country),
				in.deliveryAddress().checked(checks, "deliveryAddress", country), in.invoiceMethod(), invoiceEmail,
				checks.range("employees", in.employees(), 0, 10_000_000), checks.amount("turnover", in.turnover()),
				currency == null ? "NOK" : currency.toUpperCase(Locale.ROOT),
				checks.optional("note", in.note(), MAX_NOTE), categories == null ? List.of() : categories, in.originId(),
				in.sourceId(), products == null ? List.of() : products, null, null, 0, lead);
		checks.done();
		return company;
	}

	/** An id that is not an entry of the register (or is another tenant's) is an error on its field, not a 404. */
	private <I extends EntryId> void known(Checks checks, String field, NamedRegister<I, ?> register, @Nullable I id) {
		if (id != null && registers.list(register, List.of(id)).isEmpty()) {
			checks.error(field, "validation.unknown");
		}
	}

}
