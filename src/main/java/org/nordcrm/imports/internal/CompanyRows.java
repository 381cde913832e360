package org.nordcrm.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.CheckedCompany;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.InvalidInput;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rows into companies, a batch at a time: each row read into a {@link CompanyInput}, the batch's existing
 * companies found in one query (same organisation number, customer number or e-mail), then each row created,
 * updated or skipped by the duplicate policy, and checked by the register's own rules before anything is written.
 */
@Component
class CompanyRows implements TargetRows {

	/** Where the register's field errors point, in the file's fields. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("visitingAddress.street", "visitStreet"),
			Map.entry("visitingAddress.postcode", "visitPostcode"), Map.entry("visitingAddress.city", "visitCity"),
			Map.entry("visitingAddress.country", "country"), Map.entry("postalAddress.street", "postalStreet"),
			Map.entry("postalAddress.postcode", "postalPostcode"), Map.entry("postalAddress.city", "postalCity"),
			Map.entry("postalAddress.country", "country"), Map.entry("categoryIds", "categories"),
			Map.entry("industryId", "industry"));

	private final CompanyManagement companies;
	private final LeadManagement leads;
	private final UnmappedNotes notes;
	private final JsonMapper json;

	CompanyRows(CompanyManagement companies, LeadManagement leads, UnmappedNotes notes, JsonMapper json) {
		this.companies = companies;
		this.leads = leads;
		this.notes = notes;
		this.json = json;
	}

	/**
	 * A row read: {@code keys} are what it is known by once written (for later rows of the file), {@code lookup} what
	 * finds its duplicates: the same organisation number or customer number, or the same e-mail address where one
	 * of the two has no organisation number (companies with different organisation numbers are different companies,
	 * however often a group shares one "post@" address).
	 */
	private record Row(Cells cells, CompanyInput input, List<String> keys, List<String> lookup, @Nullable String orgnr,
			@Nullable Long number, @Nullable String email) {
	}

	@Override
	public void process(List<Cells> batch, RunState state) {
		var rows = new ArrayList<Row>();
		var orgnrs = new LinkedHashSet<String>();
		var numbers = new LinkedHashSet<Long>();
		var emails = new LinkedHashSet<String>();
		var unnumberedEmails = new LinkedHashSet<String>();
		for (var cells : batch) {
			var row = read(cells, state);
			rows.add(row);
			if (row.orgnr() != null) {
				orgnrs.add(row.orgnr());
			}
			if (row.number() != null) {
				numbers.add(row.number());
			}
			if (row.email() != null) {
				(row.orgnr() == null ? emails : unnumberedEmails).add(row.email());
			}
		}
		var existing = new HashMap<String, Company>();
		// leads are new prospects: they never update a customer (duplicates within the file are still found)
		for (var c : leadTarget(state) ? List.<Company>of() : companies.matching(orgnrs, numbers, emails, unnumberedEmails, List.of())) {
			for (var k : keys(c.organisationNumber(), c.customerNumber(), c.email() == null ? null : c.email().toLowerCase(Locale.ROOT))) {
				existing.putIfAbsent(k, c);
			}
		}
		var pending = new Pending<CheckedCompany>(CompanyManagement.KIND, notes,
				checked -> (leadTarget(state) ? leads.registerCompanies(checked, LeadData.NONE) : companies.createAll(checked, false))
					.stream().map(c -> new Pending.Made(c.id().value(), c.version(), null)).toList());
		for (var row : rows) {
			write(row, existing, state, pending);
		}
		pending.create(state);
	}

	private static boolean leadTarget(RunState state) {
		return state.job.target().leads();
	}

	private void write(Row row, Map<String, Company> existing, RunState state, Pending<CheckedCompany> pending) {
		var cells = row.cells();
		if (state.failed(cells)) {
			return;
		}
		Company match = RunState.first(row.lookup(), existing);
		UUID earlier = state.seen(row.lookup());
		var step = state.step(cells, match != null || earlier != null);
		if (step == RunState.Step.SKIP) {
			return;
		}
		if (step == RunState.Step.UPDATE) {
			if (state.write && pending.has(earlier)) {
				pending.create(state);
				earlier = state.seen(row.lookup());
			}
			var current = match != null ? match : state.write ? companies.get(new CompanyId(earlier)) : null;
			var input = current == null ? row.input() : overlay(CompanyInput.of(current), cells, state);
			if (!accepted(cells, companies.problems(input, current == null ? null : current.id()), state)) {
				return;
			}
			state.counted(cells, "UPDATE");
			if (state.write && current != null) {
				var before = json.writeValueAsString(CompanyInput.of(current));
				var updated = companies.update(current.id(), input);
				state.written.add(new ImportJobs.Written(CompanyManagement.KIND, updated.id().value(), "UPDATED", before, updated.version()));
				notes.add(cells, state, CompanyManagement.KIND, updated.id().value());
			}
			return;
		}
		var checked = companies.check(row.input());
		if (!accepted(cells, checked.errors(), state)) {
			return;
		}
		state.counted(cells, "NEW");
		UUID id = UUID.randomUUID();
		if (state.write) {
			pending.add(cells, row.keys(), checked, id);
		}
		state.remember(row.keys(), id);
	}

	/** The register's own checks' errors; a row with any is a failed row with the errors on its columns. */
	private boolean accepted(Cells cells, List<InvalidInput.FieldError> errors, RunState state) {
		problems(cells, errors, FIELDS);
		return !state.failed(cells);
	}

	static void problems(Cells cells, List<InvalidInput.FieldError> errors, Map<String, String> fields) {
		for (var e : errors) {
			var field = e.field() == null ? null : fields.getOrDefault(e.field(), e.field());
			var args = new ArrayList<String>();
			for (var a : e.args()) {
				args.add(String.valueOf(a));
			}
			cells.problems().add(new org.nordcrm.imports.RowProblem(field == null ? null : cells.column(field) != null ? cells.column(field) : field,
					e.messageKey(), args));
		}
	}

	private Row read(Cells cells, RunState state) {
		var input = overlay(CompanyInput.empty(), cells, state);
		String orgnr = null;
		var written = cells.get("organisationNumber");
		if (written != null) {
			try {
				orgnr = OrganisationNumber.parse(input.country() == null ? "NO" : input.country(), written).value();
			}
			catch (InvalidInput e) {
				orgnr = null; // the register's check names the error
			}
		}
		Long number = null;
		var n = cells.get("customerNumber");
		if (n != null) {
			try {
				number = Long.parseLong(n.replaceAll("\\s", ""));
			}
			catch (NumberFormatException e) {
				cells.problem("customerNumber", "import.error.number", n);
			}
		}
		var email = input.email() == null ? null : input.email().strip().toLowerCase(Locale.ROOT);
		var lookup = new ArrayList<String>(3);
		numberKeys(lookup, orgnr, number);
		if (email != null) {
			lookup.add((orgnr == null ? "e:" : "E:") + email);
		}
		return new Row(cells, input, keys(orgnr, number, email), lookup, orgnr, number, email);
	}

	/**
	 * What a company is known by: its numbers, its e-mail address ({@code e:}, found by a row without an
	 * organisation number) and, when it has no organisation number itself, its e-mail address again as {@code E:}
	 * (found by any row).
	 */
	private static List<String> keys(@Nullable String orgnr, @Nullable Long number, @Nullable String email) {
		var keys = new ArrayList<String>(4);
		numberKeys(keys, orgnr, number);
		if (email != null) {
			keys.add("e:" + email);
			if (orgnr == null) {
				keys.add("E:" + email);
			}
		}
		return keys;
	}

	private static void numberKeys(List<String> keys, @Nullable String orgnr, @Nullable Long number) {
		if (orgnr != null) {
			keys.add("o:" + orgnr);
		}
		if (number != null) {
			keys.add("n:" + number);
		}
	}

	/** {@code base} with the row's values put in: only the fields the file has, so an update keeps the rest. */
	private static CompanyInput overlay(CompanyInput b, Cells c, RunState state) {
		var country = c.has("country") ? c.country("country") : b.country();
		var categories = new ArrayList<CategoryId>(b.categoryIds());
		for (var id : state.categories(c)) {
			if (!categories.contains(id)) {
				categories.add(id);
			}
		}
		var industry = c.has("industry") ? state.industry(c) : b.industryId();
		var visit = new Address(or(c, "visitStreet", b.visitingAddress().street()), or(c, "visitPostcode", b.visitingAddress().postcode()),
				or(c, "visitCity", b.visitingAddress().city()), b.visitingAddress().country());
		var postal = new Address(or(c, "postalStreet", b.postalAddress().street()), or(c, "postalPostcode", b.postalAddress().postcode()),
				or(c, "postalCity", b.postalAddress().city()), b.postalAddress().country());
		return new CompanyInput(or(c, "name", b.name()), or(c, "nickname", b.nickname()),
				or(c, "organisationNumber", b.organisationNumber()), country, b.relations(), b.statusId(), industry, b.ownerId(),
				or(c, "phone", b.phone()), or(c, "mobile", b.mobile()), or(c, "fax", b.fax()), or(c, "email", b.email()),
				or(c, "website", b.website()), visit, postal, b.invoiceAddress(), b.deliveryAddress(), b.invoiceMethod(),
				or(c, "invoiceEmail", b.invoiceEmail()), c.has("employees") ? c.integer("employees") : b.employees(),
				c.has("turnover") ? c.number("turnover") : b.turnover(), b.turnoverCurrency(), or(c, "note", b.note()), categories,
				b.originId(), b.sourceId(), b.productInterestIds(), b.numberSeriesId(), null);
	}

	static @Nullable String or(Cells c, String field, @Nullable String fallback) {
		var v = c.get(field);
		return v != null ? v : fallback;
	}
}
