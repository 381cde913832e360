package org.nordcrm.imports.internal;

import static org.nordcrm.imports.internal.CompanyRows.or;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.ContactManagement.NewPerson;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.PhoneNumbers;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rows into contact persons (linked to their company, found by organisation number, customer number or exact
 * name) or private customers, a batch at a time, as {@link CompanyRows} does companies. A person matches an
 * existing one by e-mail address (private or work) or customer number.
 */
@Component
class PersonRows implements TargetRows {

	private static final Map<String, String> FIELDS = Map.of("address.street", "street", "address.postcode", "postcode",
			"address.city", "city", "address.country", "country", "categoryIds", "categories", "phones", "phone", "mobiles",
			"mobile", "emails", "email");

	private final ContactManagement contacts;
	private final CompanyManagement companies;
	private final LeadManagement leads;
	private final UnmappedNotes notes;
	private final JsonMapper json;

	PersonRows(ContactManagement contacts, CompanyManagement companies, LeadManagement leads, UnmappedNotes notes,
			JsonMapper json) {
		this.contacts = contacts;
		this.companies = companies;
		this.leads = leads;
		this.notes = notes;
		this.json = json;
	}

	private record Row(Cells cells, PersonInput input, List<String> keys, @Nullable String email, @Nullable Long number,
			@Nullable String orgnr, @Nullable Long companyNumber, @Nullable String companyName) {
	}

	@Override
	public void process(List<Cells> batch, RunState state) {
		var rows = new ArrayList<Row>();
		var emails = new LinkedHashSet<String>();
		var numbers = new LinkedHashSet<Long>();
		var orgnrs = new LinkedHashSet<String>();
		var companyNumbers = new LinkedHashSet<Long>();
		var names = new LinkedHashSet<String>();
		for (var cells : batch) {
			var row = read(cells, state);
			rows.add(row);
			add(emails, row.email());
			add(numbers, row.number());
			add(orgnrs, row.orgnr());
			add(companyNumbers, row.companyNumber());
			add(names, row.companyName() == null ? null : row.companyName().toLowerCase(Locale.ROOT));
		}
		var existing = new HashMap<String, Person>();
		// leads are new prospects: they never update a customer (duplicates within the file are still found)
		for (var p : state.job.target().leads() ? List.<Person>of() : contacts.matching(emails, numbers)) {
			for (var e : p.emails()) {
				existing.putIfAbsent("e:" + e.toLowerCase(Locale.ROOT), p);
			}
			if (p.customerNumber() != null) {
				existing.putIfAbsent("n:" + p.customerNumber(), p);
			}
		}
		var employers = new HashMap<String, Company>();
		for (var c : companies.matching(orgnrs, companyNumbers, List.of(), List.of(), names)) {
			if (c.organisationNumber() != null) {
				employers.putIfAbsent("o:" + c.organisationNumber(), c);
			}
			employers.putIfAbsent("n:" + c.customerNumber(), c);
			employers.putIfAbsent("m:" + c.name().toLowerCase(Locale.ROOT), c);
		}
		var pending = new Pending<NewPerson>(ContactManagement.KIND, notes, people -> contacts.createAll(people).stream()
			.map(c -> new Pending.Made(c.person().id().value(), c.person().version(),
					c.link() == null ? null : new ImportJobs.Written("link", c.link().value(), "CREATED", null, null)))
			.toList());
		for (var row : rows) {
			write(row, existing, employers, state, pending);
		}
		pending.create(state);
	}

	private static <T> void add(LinkedHashSet<T> set, @Nullable T value) {
		if (value != null) {
			set.add(value);
		}
	}

	private void write(Row row, Map<String, Person> existing, Map<String, Company> employers, RunState state, Pending<NewPerson> pending) {
		var cells = row.cells();
		var company = employer(row, employers);
		var link = link(cells, company);
		if (state.failed(cells)) {
			return;
		}
		Person match = RunState.first(row.keys(), existing);
		UUID earlier = state.seen(row.keys());
		var step = state.step(cells, match != null || earlier != null);
		if (step == RunState.Step.SKIP) {
			return;
		}
		if (step == RunState.Step.UPDATE) {
			if (state.write && pending.has(earlier)) {
				pending.create(state);
				earlier = state.seen(row.keys());
			}
			var current = match != null ? match : state.write ? contacts.get(new PersonId(earlier)) : null;
			var input = phonesOf(current == null ? row.input() : overlay(PersonInput.of(current), cells, state), company);
			if (!check(cells, input, state)) {
				return;
			}
			state.counted(cells, "UPDATE");
			if (state.write && current != null) {
				var before = json.writeValueAsString(PersonInput.of(current));
				var updated = contacts.update(current.id(), input);
				state.written.add(new ImportJobs.Written(ContactManagement.KIND, updated.id().value(), "UPDATED", before, updated.version()));
				linkTo(updated.id(), link, state);
				notes.add(cells, state, ContactManagement.KIND, updated.id().value());
			}
			return;
		}
		var input = phonesOf(row.input(), company);
		if (!check(cells, input, state)) {
			return;
		}
		state.counted(cells, "NEW");
		UUID id = UUID.randomUUID();
		if (state.write && !state.job.target().leads()) {
			pending.add(cells, row.keys(), new NewPerson(input, link), id);
		}
		else if (state.write) {
			var created = contacts.get(new PersonId(leads.registerPrivate(input, LeadData.NONE).id()));
			id = created.id().value();
			state.written.add(new ImportJobs.Written(ContactManagement.KIND, id, "CREATED", null, created.version()));
			linkTo(created.id(), link, state);
			notes.add(cells, state, ContactManagement.KIND, id);
		}
		state.remember(row.keys(), id);
	}

	/**
	 * A contact person's phone numbers written without a country code are numbers of their company's country when the
	 * person has no country of their own (a Swedish contact's 070-123 45 67); the register reads them as Norwegian.
	 */
	private static PersonInput phonesOf(PersonInput in, @Nullable Company company) {
		if (company == null || company.country() == null || in.address().country() != null) {
			return in;
		}
		UnaryOperator<List<String>> local = list -> list.stream().map(v -> PhoneNumbers.normalise(v, company.country()).orElse(v)).toList();
		return new PersonInput(in.firstName(), in.lastName(), in.title(), local.apply(in.phones()), local.apply(in.mobiles()),
				in.emails(), in.birthDate(), in.address(), in.note(), in.ownerId(), in.categoryIds(), in.privateCustomer(),
				in.numberSeriesId(), in.version());
	}

	private void linkTo(PersonId person, @Nullable LinkInput link, RunState state) {
		if (link == null || link.companyId() == null
				|| contacts.linksOf(person).stream().anyMatch(l -> l.companyId().equals(link.companyId()))) {
			return;
		}
		var made = contacts.link(person, link);
		state.written.add(new ImportJobs.Written("link", made.id().value(), "CREATED", null, null));
	}

	/** The company the row names, or a problem on the column that names one not found. */
	private static @Nullable Company employer(Row row, Map<String, Company> employers) {
		var cells = row.cells();
		if (row.orgnr() != null || cells.has("companyOrganisationNumber")) {
			var c = row.orgnr() == null ? null : employers.get("o:" + row.orgnr());
			if (c == null) {
				cells.problem("companyOrganisationNumber", "import.error.companyNotFound", cells.get("companyOrganisationNumber"));
			}
			return c;
		}
		if (row.companyNumber() != null) {
			var c = employers.get("n:" + row.companyNumber());
			if (c == null) {
				cells.problem("companyNumber", "import.error.companyNotFound", cells.get("companyNumber"));
			}
			return c;
		}
		if (row.companyName() != null) {
			var c = employers.get("m:" + row.companyName().toLowerCase(Locale.ROOT));
			if (c == null) {
				cells.problem("companyName", "import.error.companyNotFound", row.companyName());
			}
			return c;
		}
		return null;
	}

	/** The link's values checked here, so that making the link cannot fail on them. */
	private static @Nullable LinkInput link(Cells cells, @Nullable Company company) {
		if (company == null) {
			return null;
		}
		var checks = new Checks();
		var position = checks.optional("position", cells.get("position"), 100);
		var email = checks.email("workEmail", cells.get("workEmail"));
		var phone = checks.phone("workPhone", cells.get("workPhone"), company.country());
		try {
			checks.done();
		}
		catch (InvalidInput e) {
			CompanyRows.problems(cells, e.errors(), Map.of());
			return null;
		}
		return new LinkInput(company.id(), position, null, phone, email, true);
	}

	private boolean check(Cells cells, PersonInput input, RunState state) {
		CompanyRows.problems(cells, contacts.problems(input), FIELDS);
		return !state.failed(cells);
	}

	private Row read(Cells cells, RunState state) {
		var input = overlay(PersonInput.empty(), cells, state);
		if (state.job.target() == ImportTarget.PRIVATE) {
			input = new PersonInput(input.firstName(), input.lastName(), input.title(), input.phones(), input.mobiles(),
					input.emails(), input.birthDate(), input.address(), input.note(), input.ownerId(), input.categoryIds(), true, null, null);
		}
		var email = cells.get("email") == null ? null : cells.get("email").toLowerCase(Locale.ROOT);
		var number = number(cells, "customerNumber");
		String orgnr = null;
		var written = cells.get("companyOrganisationNumber");
		if (written != null) {
			try {
				orgnr = OrganisationNumber.parse("NO", written).value();
			}
			catch (InvalidInput e) {
				orgnr = written.replaceAll("[\\s.-]", "");
			}
		}
		var keys = new ArrayList<String>(2);
		if (email != null) {
			keys.add("e:" + email);
		}
		if (number != null) {
			keys.add("n:" + number);
		}
		return new Row(cells, input, keys, email, number, orgnr, number(cells, "companyNumber"), cells.get("companyName"));
	}

	private static @Nullable Long number(Cells cells, String field) {
		var v = cells.get(field);
		if (v == null) {
			return null;
		}
		try {
			return Long.parseLong(v.replaceAll("\\s", ""));
		}
		catch (NumberFormatException e) {
			cells.problem(field, "import.error.number", v);
			return null;
		}
	}

	private static PersonInput overlay(PersonInput b, Cells c, RunState state) {
		var first = or(c, "firstName", null);
		var last = or(c, "lastName", null);
		var full = c.get("fullName");
		if (full != null && first == null && last == null) {
			int space = full.lastIndexOf(' ');
			first = space < 0 ? full : full.substring(0, space).strip();
			last = space < 0 ? null : full.substring(space + 1).strip();
		}
		var categories = new ArrayList<CategoryId>(b.categoryIds());
		for (var id : state.categories(c)) {
			if (!categories.contains(id)) {
				categories.add(id);
			}
		}
		var address = new Address(or(c, "street", b.address().street()), or(c, "postcode", b.address().postcode()),
				or(c, "city", b.address().city()), c.has("country") ? c.country("country") : b.address().country());
		return new PersonInput(first != null ? first : b.firstName(), last != null ? last : b.lastName(), or(c, "title", b.title()),
				plus(b.phones(), c.get("phone")), plus(b.mobiles(), c.get("mobile")), plus(b.emails(), c.get("email")),
				c.has("birthDate") ? c.date("birthDate") : b.birthDate(), address, or(c, "note", b.note()), b.ownerId(),
				categories, b.privateCustomer(), null, null);
	}

	private static List<String> plus(List<String> list, @Nullable String value) {
		if (value == null || list.stream().anyMatch(v -> v.equalsIgnoreCase(value))) {
			return list;
		}
		var result = new ArrayList<>(list);
		result.add(value);
		return result;
	}
}
