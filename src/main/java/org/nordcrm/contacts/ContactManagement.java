package org.nordcrm.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.internal.Links;
import org.nordcrm.contacts.internal.Persons;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchTerms;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons of the current tenant: contacts, their links to companies, and private customers. */
@Service
@Transactional
public class ContactManagement {

	public static final String KIND = "person";
	private static final int MAX_CHANNELS = 10;

	private final Persons persons;
	private final Links links;
	private final CompanyManagement companies;
	private final Registers registers;
	private final NumberSeriesManagement series;
	private final UserManagement users;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	ContactManagement(Persons persons, Links links, CompanyManagement companies, Registers registers,
			NumberSeriesManagement series, UserManagement users, SearchIndex index, ApplicationEventPublisher events) {
		this.events = events;
		this.persons = persons;
		this.links = links;
		this.companies = companies;
		this.registers = registers;
		this.series = series;
		this.users = users;
		this.index = index;
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(PersonId id) {
		return persons.find(id);
	}

	@Transactional(readOnly = true)
	public Person get(PersonId id) {
		return persons.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The names of the persons among {@code ids}, deleted and merged-away ones too (history names them). */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : persons.names(ids);
	}

	@Transactional(readOnly = true)
	public List<Person> findAll(List<UUID> ids, PersonFilter filter) {
		return ids.isEmpty() ? List.of() : persons.findAll(ids, filter);
	}

	@Transactional(readOnly = true)
	public CursorPage<Person> page(PersonFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(persons.page(filter, companies.leadIds(), CursorPage.uuid(after), n), n, p -> p.id().toString());
	}

	@Transactional(readOnly = true)
	public List<Person> byName(PersonFilter filter, int limit) {
		return persons.byName(filter, companies.leadIds(), limit);
	}

	/**
	 * Every person of the customer register passing the filter in name order, {@code size} at a time (an export),
	 * read with a cursor: leads and contact persons of lead companies only are left out.
	 */
	@Transactional(readOnly = true)
	public void eachByName(PersonFilter filter, int size, java.util.function.Consumer<List<Person>> batch) {
		persons.eachByName(filter, companies.leadIds(), size, batch);
	}

	/**
	 * Live persons with any of these e-mail addresses (private or work, compared in lower case) or customer numbers,
	 * oldest first: how an import finds the records its rows match.
	 */
	@Transactional(readOnly = true)
	public List<Person> matching(Collection<String> emails, Collection<Long> customerNumbers) {
		if (emails.isEmpty() && customerNumbers.isEmpty()) {
			return List.of();
		}
		return persons.matching(emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList(), customerNumbers);
	}

	/** What is wrong with {@code input} as a person, without writing anything: the field errors, or none. */
	@Transactional(readOnly = true)
	public List<InvalidInput.FieldError> problems(PersonInput input) {
		try {
			validate(input, false);
			return List.of();
		}
		catch (InvalidInput e) {
			return e.errors();
		}
	}

	public Person create(PersonInput input) {
		return create(input, false);
	}

	/**
	 * Creates a person as {@link #create} does, or, when {@code lead}, a private-person lead (module leads): no
	 * customer number, left out of the customer register's lists, found in search as {@link Person#LEAD_KIND}.
	 */
	public Person create(PersonInput input, boolean lead) {
		var person = validate(input, lead);
		Long number = !lead && Boolean.TRUE.equals(input.privateCustomer()) ? series.allocate(input.numberSeriesId()) : null;
		var id = persons.insert(number, person);
		reindex(id);
		return get(id);
	}

	/** A new person of a batch, and the company it is linked to as it is made, if any ({@link #createAll}). */
	public record NewPerson(PersonInput input, @Nullable LinkInput link) {
	}

	/** A person made by {@link #createAll}, and the id of its link, if it was made with one. */
	public record CreatedPerson(Person person, @Nullable LinkId link) {
	}

	/**
	 * Makes persons (no leads) as {@link #create} and then {@link #link} make each, a batch at once: a few statements for
	 * all of them, the private customers' numbers in one range per series, the linked companies read once. For imports:
	 * each input and link must have passed their checks ({@link #problems}), or the whole batch fails.
	 */
	public List<CreatedPerson> createAll(List<NewPerson> batch) {
		var people = batch.stream().map(p -> validate(p.input(), false)).toList();
		var numbers = new ArrayList<@Nullable Long>(Collections.nCopies(batch.size(), (Long) null));
		var bySeries = new LinkedHashMap<Optional<NumberSeriesId>, List<Integer>>();
		for (int i = 0; i < batch.size(); i++) {
			var input = batch.get(i).input();
			if (Boolean.TRUE.equals(input.privateCustomer())) {
				bySeries.computeIfAbsent(Optional.ofNullable(input.numberSeriesId()), k -> new ArrayList<>()).add(i);
			}
		}
		bySeries.forEach((seriesId, positions) -> {
			long first = series.allocateRange(seriesId.orElse(null), positions.size());
			for (int k = 0; k < positions.size(); k++) {
				numbers.set(positions.get(k), first + k);
			}
		});
		var ids = persons.insertAll(numbers, people);

		var employers = new HashMap<CompanyId, Company>();
		var linked = batch.stream().map(NewPerson::link).filter(l -> l != null && l.companyId() != null)
			.map(l -> l.companyId().value()).distinct().toList();
		companies.findAll(linked, CompanyFilter.NONE).forEach(c -> employers.put(c.id(), c));
		var made = new ArrayList<CompanyLink>();
		for (int i = 0; i < batch.size(); i++) {
			var link = batch.get(i).link();
			if (link != null) {
				var company = link.companyId() == null ? null : employers.get(link.companyId());
				if (company == null) {
					throw InvalidInput.of("companyId", "validation.unknown");
				}
				made.add(validate(new LinkId(new UUID(0, 0)), ids.get(i), company.id(), link, company.country()));
			}
		}
		var linkIds = links.insertAll(made);

		var stored = persons.findAll(ids.stream().map(PersonId::value).toList(), PersonFilter.NONE);
		var created = new ArrayList<CreatedPerson>(stored.size());
		var byKind = new HashMap<String, Map<UUID, SearchTerms>>();
		int next = 0;
		for (int i = 0; i < stored.size(); i++) {
			var person = stored.get(i);
			var link = batch.get(i).link() == null ? null : made.get(next);
			var linkId = link == null ? null : linkIds.get(next++);
			created.add(new CreatedPerson(person, linkId));
			// as reindex finds it: a lead's contact when its only company is a lead
			var kind = link != null && employers.get(link.companyId()).lead() ? Person.LEAD_CONTACT_KIND : KIND;
			byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(person.id().value(), terms(person, link == null ? List.of() : List.of(link)));
		}
		byKind.forEach(index::indexNew);
		return created;
	}

	/**
	 * Makes a private-person lead a private customer with the next number of {@code numberSeriesId} (the default
	 * series when null): the same row, so everything attached stays. What is no lead (any more) is refused.
	 */
	public Person convertLead(PersonId id, @Nullable NumberSeriesId numberSeriesId) {
		if (!get(id).lead()) {
			throw InvalidInput.of(null, "lead.error.converted");
		}
		if (!persons.convertLead(id, series.allocate(numberSeriesId))) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		reindex(id);
		return get(id);
	}

	/** Puts the company's contact persons in search again: as customers' contacts once it is no lead any more. */
	public void reindexContactsOf(CompanyId company) {
		links.ofCompany(company).forEach(l -> reindex(l.personId()));
	}

	/** Changes a person; a person saved as private customer gets a customer number now and keeps it. */
	public Person update(PersonId id, PersonInput input) {
		var current = get(id);
		var person = validate(input, current.lead());
		// a lead gets its customer number when it is converted, not by being saved
		Long number = current.customerNumber() != null ? current.customerNumber()
				: !current.lead() && Boolean.TRUE.equals(input.privateCustomer()) ? series.allocate(input.numberSeriesId()) : null;
		int version = input.version() == null ? current.version() : input.version();
		if (!persons.update(id, version, number, person)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		reindex(id);
		return get(id);
	}

	public void delete(PersonId id) {
		if (!persons.softDelete(id)) {
			throw new RecordNotFound(KIND, id);
		}
		unindex(id.value());
	}

	/**
	 * Brings a deleted person back as they were, with their links, and into search again. A private customer whose
	 * number was given to another meanwhile is refused unless {@code renumber}: then the default series gives one.
	 */
	public Person restore(PersonId id, boolean renumber) {
		var number = persons.deletedNumber(id).orElseThrow(() -> new RecordNotFound(KIND, id));
		var holder = number.flatMap(persons::holderOf);
		if (holder.isPresent() && !renumber) {
			throw InvalidInput.of("renumber", "restore.error.numberTaken", String.valueOf(number.get()), holder.get());
		}
		persons.restore(id, holder.isPresent() ? series.allocate(null) : null);
		reindex(id);
		return get(id);
	}

	/**
	 * Erases a deleted person for good (GDPR): the row with phones, e-mails, categories and company links goes, and
	 * every module forgets what it kept about them. The erasure itself stays in history, without the erased values.
	 */
	public void erase(PersonId id) {
		if (persons.findDeleted(id).isEmpty()) {
			throw new RecordNotFound(KIND, id);
		}
		for (var erased : persons.erase(id)) {
			unindex(erased);
			events.publishEvent(new RecordErased(KIND, erased));
		}
	}

	/** A deleted person (not one merged into another: that is undone from history). */
	@Transactional(readOnly = true)
	public Optional<Person> findDeleted(PersonId id) {
		return persons.findDeleted(id);
	}

	@Transactional(readOnly = true)
	public List<Person> deleted(int limit) {
		return persons.deleted(limit);
	}

	// links

	@Transactional(readOnly = true)
	public List<CompanyLink> linksOf(PersonId person) {
		return companiesOf(person).stream().map(CompanyOfPerson::link).toList();
	}

	/** The person's companies (not deleted ones) with the link to each, in the order they were linked. */
	@Transactional(readOnly = true)
	public List<CompanyOfPerson> companiesOf(PersonId person) {
		get(person);
		var all = links.ofPerson(person);
		var byId = new HashMap<CompanyId, Company>();
		companies.findAll(all.stream().map(l -> l.companyId().value()).toList(), CompanyFilter.NONE)
			.forEach(c -> byId.put(c.id(), c));
		return all.stream().filter(l -> byId.containsKey(l.companyId()))
			.map(l -> new CompanyOfPerson(byId.get(l.companyId()), l)).toList();
	}


	@Transactional(readOnly = true)
	public List<ContactAtCompany> contactsOf(CompanyId company) {
		companies.get(company);
		var all = links.ofCompany(company);
		var byId = new HashMap<PersonId, Person>();
		persons.findAll(all.stream().map(l -> l.personId().value()).toList(), PersonFilter.NONE)
			.forEach(p -> byId.put(p.id(), p));
		return all.stream().filter(l -> byId.containsKey(l.personId()))
			.map(l -> new ContactAtCompany(byId.get(l.personId()), l)).toList();
	}


	/** For each person, the name of the company they work at (the first employed link), where there is one. */
	@Transactional(readOnly = true)
	public Map<PersonId, String> workplaces(List<Person> people) {
		var all = links.ofPersons(people.stream().map(p -> p.id().value()).toList());
		var names = new HashMap<CompanyId, String>();
		companies.findAll(all.stream().map(l -> l.companyId().value()).distinct().toList(), CompanyFilter.NONE)
			.forEach(c -> names.put(c.id(), c.name()));
		var result = new HashMap<PersonId, String>();
		all.forEach(l -> {
			var name = names.get(l.companyId());
			if (name != null) {
				result.putIfAbsent(l.personId(), name);
			}
		});
		return result;
	}

	@Transactional(readOnly = true)
	public CompanyLink link(LinkId id) {
		return links.find(id).orElseThrow(() -> new RecordNotFound("link", id));
	}

	@Transactional(readOnly = true)
	public Optional<CompanyLink> findLink(LinkId id) {
		return links.find(id);
	}

	/** Links a person to a company; a person is linked to a company once. */
	public CompanyLink link(PersonId person, LinkInput input) {
		get(person);
		if (input.companyId() == null || companies.find(input.companyId()).isEmpty()) {
			throw InvalidInput.of("companyId", input.companyId() == null ? "NotNull" : "validation.unknown");
		}
		if (links.exists(person, input.companyId())) {
			throw InvalidInput.of("companyId", "contact.error.alreadyLinked");
		}
		var id = links.insert(validate(new LinkId(new UUID(0, 0)), person, input.companyId(), input));
		reindex(person);
		return link(id);
	}

	public CompanyLink updateLink(LinkId id, LinkInput input) {
		var current = link(id);
		links.update(validate(id, current.personId(), current.companyId(), input));
		reindex(current.personId());
		return link(id);
	}

	public void unlink(LinkId id) {
		var current = link(id);
		links.delete(id);
		reindex(current.personId());
	}

	/** What a person is found by in search: names, customer number, every phone and e-mail, work ones too. */
	public static SearchTerms terms(Person p, List<CompanyLink> links) {
		var terms = new SearchTerms().text(p.firstName(), p.lastName()).number(p.customerNumber());
		p.phones().forEach(terms::phone);
		p.mobiles().forEach(terms::phone);
		p.emails().forEach(terms::email);
		links.forEach(l -> terms.phone(l.workPhone()).email(l.workEmail()));
		return terms;
	}

	/**
	 * A person is found as a customer's contact or private customer ({@value #KIND}), as a private-person lead, or,
	 * when all their companies are leads, as a lead's contact person: so customer search never shows leads.
	 */
	private void reindex(PersonId id) {
		var person = get(id);
		var personLinks = links.ofPerson(id);
		var kind = person.lead() ? Person.LEAD_KIND : KIND;
		if (!person.lead() && !personLinks.isEmpty()) {
			var companyIds = personLinks.stream().map(l -> l.companyId().value()).toList();
			var found = companies.findAll(companyIds, CompanyFilter.NONE);
			if (!found.isEmpty() && found.stream().allMatch(Company::lead)) {
				kind = Person.LEAD_CONTACT_KIND;
			}
		}
		unindex(id.value());
		index.index(kind, id.value(), terms(person, personLinks));
	}

	private void unindex(UUID person) {
		for (var kind : List.of(KIND, Person.LEAD_KIND, Person.LEAD_CONTACT_KIND)) {
			index.remove(kind, person);
		}
	}

	private CompanyLink validate(LinkId id, PersonId person, CompanyId company, LinkInput in) {
		return validate(id, person, company, in, companies.find(company).map(c -> c.country()).orElse("NO"));
	}

	/** A link checked, its work phone read as a number of {@code country} (the company's). */
	private CompanyLink validate(LinkId id, PersonId person, CompanyId company, LinkInput in, @Nullable String country) {
		var checks = new Checks();
		if (in.roleId() != null) {
			checks.check(() -> registers.role(in.roleId()));
		}
		var link = new CompanyLink(id, person, company, checks.optional("position", in.position(), 100), in.roleId(),
				checks.phone("workPhone", in.workPhone(), country == null ? "NO" : country), checks.email("workEmail", in.workEmail()),
				in.employed() == null || in.employed(), 0);
		checks.done();
		return link;
	}

	private Person validate(PersonInput in, boolean lead) {
		var checks = new Checks();
		var first = checks.optional("firstName", in.firstName(), 100);
		var last = checks.required("lastName", in.lastName(), 100);
		var address = in.address().checked(checks, "address", "NO");
		var country = address.country() == null ? "NO" : address.country();
		if (in.ownerId() != null && users.find(in.ownerId()).isEmpty()) {
			checks.error("ownerId", "validation.unknown");
		}
		var categories = checks.check(() -> registers.categoriesFor(CategoryScope.PERSON, in.categoryIds()));
		if (in.birthDate() != null && (in.birthDate().getYear() < 1900 || in.birthDate().isAfter(LocalDate.now()))) {
			checks.error("birthDate", "validation.birthDate");
		}
		var person = new Person(new PersonId(new UUID(0, 0)), null, first == null ? "" : first, last,
				checks.optional("title", in.title(), 100), channels(checks, "phones", in.phones(), country, true),
				channels(checks, "mobiles", in.mobiles(), country, true), channels(checks, "emails", in.emails(), country, false),
				in.birthDate(), address, checks.optional("note", in.note(), CompanyManagement.MAX_NOTE), in.ownerId(),
				categories == null ? List.of() : categories, null, null, 0, lead);
		checks.done();
		return person;
	}

	private static List<String> channels(Checks checks, String field, @Nullable List<String> values, String country,
			boolean phone) {
		var result = new ArrayList<String>();
		if (values == null) {
			return result;
		}
		for (int i = 0; i < values.size(); i++) {
			var v = phone ? checks.phone(field, values.get(i), country) : checks.email(field, values.get(i));
			if (v != null && !result.contains(v)) {
				result.add(v);
			}
		}
		if (result.size() > MAX_CHANNELS) {
			checks.error(field, "validation.tooMany", MAX_CHANNELS);
		}
		return result;
	}
}
