package org.nordcrm.leads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CheckedCompany;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.jooq.tables.records.LeadRecord;
import org.nordcrm.leads.internal.Leads;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.LeadStatusId;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.NumberSeries;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.settings.SourceId;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding, changing and converting leads. A lead is a company or person row of the customer register
 * flagged as a lead (those modules keep it out of their lists and customer search) plus a row of lead data here;
 * converting it flips the flag and gives it a customer number, so everything attached to it stays where it is.
 */
@Service
@Transactional
public class LeadManagement {

	public static final String KIND = "lead";
	/** Kinds of record a text search of leads looks in. */
	static final List<String> SEARCH_KINDS = List.of(Company.LEAD_KIND, Person.LEAD_KIND);
	private static final int SEARCH_CANDIDATES = 1000;

	private final Leads leads;
	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final NumberSeriesManagement series;
	private final Registers registers;
	private final UserManagement users;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	LeadManagement(Leads leads, CompanyManagement companies, ContactManagement contacts, NumberSeriesManagement series,
			Registers registers, UserManagement users, SearchIndex index, ApplicationEventPublisher events) {
		this.leads = leads;
		this.companies = companies;
		this.contacts = contacts;
		this.series = series;
		this.registers = registers;
		this.users = users;
		this.index = index;
		this.events = events;
	}

	/** Registers a lead company: the company as the customer form takes it, without a customer number. */
	public Lead registerCompany(CompanyInput company, LeadData data) {
		return get(registerCompanies(List.of(companies.check(company)), data).getFirst().id().value());
	}

	/**
	 * Registers many checked lead companies ({@link CompanyManagement#check}) at once (an import), all with the same lead
	 * data, numbered in one range of the lead series; returns the companies as stored, in the order given.
	 */
	public List<Company> registerCompanies(List<CheckedCompany> inputs, LeadData data) {
		var checked = checked(data);
		var created = companies.createAll(inputs, true);
		var ids = created.stream().map(c -> c.id().value()).toList();
		leads.insert(LeadKind.COMPANY, ids, series.reserveLeads(ids.size()), checked);
		return created;
	}

	/** Registers a private-person lead: the person as the contact form takes it, never a private customer yet. */
	public Lead registerPrivate(PersonInput person, LeadData data) {
		var checked = checked(data);
		var created = contacts.create(person, true);
		leads.insert(LeadKind.PRIVATE, List.of(created.id().value()), series.allocateLeads(1), checked);
		return get(created.id().value());
	}

	@Transactional(readOnly = true)
	public Lead get(UUID id) {
		var all = all(List.of(id));
		if (all.isEmpty()) {
			throw new RecordNotFound(KIND, id);
		}
		return all.getFirst();
	}

	/**
	 * The lead the company or person is (or was: then it is converted), or null when it never was one; a record that
	 * is not there (or is another tenant's) is not found.
	 */
	@Transactional(readOnly = true)
	public @Nullable Lead onRecord(UUID id) {
		var all = all(List.of(id));
		if (!all.isEmpty()) {
			return all.getFirst();
		}
		if (companies.find(new CompanyId(id)).isEmpty() && contacts.find(new PersonId(id)).isEmpty()) {
			throw new RecordNotFound(KIND, id);
		}
		return null;
	}

	/** Leads passing the filter, newest first; with a text, the best {@value #SEARCH_CANDIDATES} matches of it. */
	@Transactional(readOnly = true)
	public CursorPage<Lead> page(LeadFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		List<UUID> matching = null;
		if (filter.text() != null && !filter.text().isBlank()) {
			matching = index.find(filter.text(), SEARCH_KINDS, SEARCH_CANDIDATES).stream().map(SearchMatch::id).toList();
			if (matching.isEmpty()) {
				return new CursorPage<>(List.of(), null);
			}
		}
		// a lead whose record was deleted or merged away is left out: read on until the page is full or the leads end
		var found = new ArrayList<Lead>();
		var before = CursorPage.uuid(after);
		while (true) {
			var rows = leads.page(filter, matching, before, n + 1);
			found.addAll(toLeads(rows));
			if (found.size() > n || rows.size() <= n) {
				return CursorPage.of(found, n, l -> l.id().toString());
			}
			before = rows.getLast().getId();
		}
	}

	/** Changes a lead's status, source and owner; {@code data.version()} as read, unless null. */
	public Lead update(UUID id, LeadData data) {
		var current = get(id);
		if (current.converted()) {
			throw InvalidInput.of(null, "lead.error.converted");
		}
		var checked = checked(data);
		var next = new LeadData(data.statusId() == null ? current.statusId() : checked.statusId(), checked.sourceId(),
				checked.ownerId(), null);
		if (!leads.update(id, data.version() == null ? current.version() : data.version(), next)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return get(id);
	}

	/** Deletes the lead's company or person (soft: it can be restored like a customer). */
	public void delete(UUID id) {
		var lead = get(id);
		if (lead.kind() == LeadKind.COMPANY) {
			companies.delete(new CompanyId(id));
		}
		else {
			contacts.delete(new PersonId(id));
		}
	}

	/** The customer number series a lead can be converted into (the default first), with their latest customers. */
	@Transactional(readOnly = true)
	public List<SeriesChoice> seriesChoices(int latest) {
		var choices = new ArrayList<SeriesChoice>();
		for (var s : series.list()) {
			choices.add(new SeriesChoice(s, companies.lastNumbered(s.id(), latest)));
		}
		choices.sort((a, b) -> Boolean.compare(b.series().isDefault(), a.series().isDefault()));
		return choices;
	}

	/** A customer number series as the conversion dialog offers it: with the customers it numbered last. */
	public record SeriesChoice(NumberSeries series, List<Company> latest) {
	}

	/**
	 * Converts a lead to a customer with the next number of {@code numberSeriesId} (the default customer series
	 * when null). Refused, with nothing changed: a lead converted already, a full series, and a lead company whose
	 * organisation number a customer has ({@link OrganisationNumberTaken}: merge it into that customer instead).
	 */
	public Conversion convert(UUID id, @Nullable NumberSeriesId numberSeriesId) {
		var lead = get(id);
		check(lead, numberSeriesId);
		return convert(lead, numberSeriesId);
	}

	/**
	 * Converts several leads into one series, all or none: each is checked first, and the first that cannot be
	 * converted refuses the whole batch (its name in the message) before anything changes.
	 */
	public List<Conversion> convertAll(List<UUID> ids, @Nullable NumberSeriesId numberSeriesId) {
		if (ids.isEmpty()) {
			throw InvalidInput.of("ids", "lead.error.noneChosen");
		}
		var chosen = ids.stream().distinct().map(this::get).toList();
		for (var lead : chosen) {
			try {
				check(lead, numberSeriesId);
			}
			catch (OrganisationNumberTaken e) {
				throw e;
			}
			catch (InvalidInput e) {
				var errors = new ArrayList<InvalidInput.FieldError>();
				errors.add(new InvalidInput.FieldError(null, "lead.error.inBatch", lead.name()));
				errors.addAll(e.errors());
				throw new InvalidInput(errors);
			}
		}
		var chosenSeries = numberSeriesId == null ? series.defaultSeries().orElse(null) : series.find(numberSeriesId);
		if (chosenSeries != null && chosenSeries.remaining() < chosen.size()) {
			throw InvalidInput.of("numberSeriesId", "numberSeries.error.full", chosenSeries.name());
		}
		return chosen.stream().map(lead -> convert(lead, numberSeriesId)).toList();
	}

	/** What a conversion made: the customer (the same record) and its new customer number. */
	public record Conversion(UUID id, LeadKind kind, String name, long customerNumber) {

		public String url() {
			return kind.path() + id;
		}
	}

	/**
	 * The guard of what only customers may have (sales opportunities, orders): a lead company or private-person lead
	 * is refused with a message saying it must be converted first. {@code kind} is "company" or "person".
	 */
	@Transactional(readOnly = true)
	public void requireCustomer(String kind, UUID id) {
		boolean lead;
		String name;
		if ("person".equals(kind)) {
			var p = contacts.get(new PersonId(id));
			lead = p.lead();
			name = p.name();
		}
		else {
			var c = companies.get(new CompanyId(id));
			lead = c.lead();
			name = c.name();
		}
		if (lead) {
			throw InvalidInput.of(null, "lead.error.notCustomer", name);
		}
	}

	private void check(Lead lead, @Nullable NumberSeriesId numberSeriesId) {
		if (lead.converted()) {
			throw InvalidInput.of(null, "lead.error.converted");
		}
		if (numberSeriesId != null && series.list().stream().noneMatch(s -> s.id().equals(numberSeriesId))) {
			throw InvalidInput.of("numberSeriesId", "validation.unknown");
		}
		var chosen = numberSeriesId == null ? series.defaultSeries().orElse(null) : series.find(numberSeriesId);
		if (chosen == null) {
			throw InvalidInput.of("numberSeriesId", "numberSeries.error.none");
		}
		if (chosen.isFull()) {
			throw InvalidInput.of("numberSeriesId", "numberSeries.error.full", chosen.name());
		}
		if (lead.kind() == LeadKind.COMPANY && lead.organisationNumber() != null) {
			var holders = companies.customersWithOrganisationNumber(lead.organisationNumber(), new CompanyId(lead.id()));
			if (!holders.isEmpty()) {
				var holder = holders.getFirst();
				throw new OrganisationNumberTaken(holder.id().value(), holder.name(),
						holder.customerNumber() == null ? 0 : holder.customerNumber());
			}
		}
	}

	private Conversion convert(Lead lead, @Nullable NumberSeriesId numberSeriesId) {
		long number;
		if (lead.kind() == LeadKind.COMPANY) {
			var company = companies.convertLead(new CompanyId(lead.id()), numberSeriesId);
			contacts.reindexContactsOf(company.id());
			number = company.customerNumber() == null ? 0 : company.customerNumber();
		}
		else {
			var person = contacts.convertLead(new PersonId(lead.id()), numberSeriesId);
			number = person.customerNumber() == null ? 0 : person.customerNumber();
		}
		if (!leads.markConverted(lead.id(), TenantContext.actor())) {
			throw InvalidInput.of(null, "lead.error.converted");
		}
		events.publishEvent(new LeadConverted(lead.kind().recordKind(), lead.id(), number));
		return new Conversion(lead.id(), lead.kind(), lead.name(), number);
	}

	/**
	 * The lead data with its references checked; a new lead without a status gets the register's first. Errors name
	 * the lead's own fields {@code leadStatusId} and {@code leadSourceId}, apart from the record's status and source.
	 */
	private LeadData checked(LeadData data) {
		var checks = new Checks();
		if (data.statusId() != null && registers.list(NamedRegister.LEAD_STATUSES, List.of(data.statusId())).isEmpty()) {
			checks.error("leadStatusId", "validation.unknown");
		}
		if (data.sourceId() != null && registers.list(NamedRegister.SOURCES, List.of(data.sourceId())).isEmpty()) {
			checks.error("leadSourceId", "validation.unknown");
		}
		if (data.ownerId() != null && users.find(data.ownerId()).isEmpty()) {
			checks.error("ownerId", "validation.unknown");
		}
		checks.done();
		var status = data.statusId() != null ? data.statusId() : defaultStatus();
		return new LeadData(status, data.sourceId(), data.ownerId(), data.version());
	}

	/** The status a new lead gets: the lead status register's first (oldest) entry. */
	@Transactional(readOnly = true)
	public @Nullable LeadStatusId defaultStatus() {
		return registers.first(NamedRegister.LEAD_STATUSES).map(s -> s.id()).orElse(null);
	}

	private List<Lead> all(List<UUID> ids) {
		return ids.isEmpty() ? List.of() : toLeads(order(leads.findAll(ids), ids));
	}

	private static List<LeadRecord> order(List<LeadRecord> rows, List<UUID> ids) {
		var byId = new HashMap<UUID, LeadRecord>();
		rows.forEach(r -> byId.put(r.getId(), r));
		return ids.stream().map(byId::get).filter(r -> r != null).toList();
	}

	/** What a lead shows of its company or person. */
	private record Facts(String name, @Nullable String organisationNumber, @Nullable Long customerNumber) {
	}

	/** Lead rows with the names and numbers of their records; rows whose record is deleted are left out. */
	private List<Lead> toLeads(List<LeadRecord> rows) {
		var companyIds = rows.stream().filter(r -> r.getRecordKind().equals("company")).map(LeadRecord::getId).toList();
		var personIds = rows.stream().filter(r -> r.getRecordKind().equals("person")).map(LeadRecord::getId).toList();
		var found = new HashMap<UUID, Facts>();
		companies.findAll(companyIds, CompanyFilter.NONE)
			.forEach(c -> found.put(c.id().value(), new Facts(c.name(), c.organisationNumber(), c.customerNumber())));
		contacts.findAll(personIds, PersonFilter.NONE)
			.forEach(p -> found.put(p.id().value(), new Facts(p.name(), null, p.customerNumber())));
		var result = new ArrayList<Lead>();
		for (var r : rows) {
			var f = found.get(r.getId());
			if (f != null) {
				result.add(new Lead(r.getId(), LeadKind.ofRecordKind(r.getRecordKind()), r.getLeadNumber(), f.name(),
						f.organisationNumber(), r.getStatusId() == null ? null : new LeadStatusId(r.getStatusId()),
						r.getSourceId() == null ? null : new SourceId(r.getSourceId()),
						r.getOwnerId() == null ? null : new UserId(r.getOwnerId()), r.getConvertedAt(),
						r.getConvertedBy() == null ? null : new UserId(r.getConvertedBy()), f.customerNumber(), r.getCreatedAt(),
						r.getVersion()));
			}
		}
		return result;
	}
}
