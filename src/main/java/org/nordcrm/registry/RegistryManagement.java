package org.nordcrm.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.leads.LeadData;
import org.nordcrm.leads.LeadManagement;
import org.nordcrm.registry.internal.CompanyFromRegister;
import org.nordcrm.registry.internal.RegistryClient;
import org.nordcrm.registry.internal.RegistryUnits;
import org.nordcrm.settings.ContactRoleId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looking companies up in Enhetsregisteret and bringing them into the CRM: as customers or leads with their roles as
 * contact persons (refused when the organisation number is already there), and refreshing a company from the register field
 * by field. Register calls happen outside the database transaction; each write is one transaction, so a failure
 * leaves nothing half-created.
 */
@Service
public class RegistryManagement {

	/** How many hits a name search shows. */
	public static final int HITS = 20;

	private final RegistryClient register;
	private final RegistryUnits units;
	private final CompanyFromRegister mapper;
	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final Registers registers;
	private final LeadManagement leads;
	private final TransactionTemplate tx;

	RegistryManagement(RegistryClient register, RegistryUnits units, CompanyFromRegister mapper,
			CompanyManagement companies, ContactManagement contacts, Registers registers, LeadManagement leads,
			TransactionTemplate tx) {
		this.leads = leads;
		this.register = register;
		this.units = units;
		this.mapper = mapper;
		this.companies = companies;
		this.contacts = contacts;
		this.registers = registers;
		this.tx = tx;
	}

	/**
	 * Units matching what the user typed: nine digits (spaces allowed) are an organisation number, checked by MOD11
	 * and fetched; anything else a name. Under two characters: no search.
	 */
	public RegisterHits lookup(@Nullable String query) {
		var q = query == null ? "" : query.strip();
		var digits = q.replaceAll("[\\s.\\-]", "");
		if (digits.matches("\\d+")) {
			if (digits.length() != 9) {
				throw InvalidInput.of("q", "company.error.orgnr.no");
			}
			var unit = register.unit(orgnr("q", digits));
			return new RegisterHits(unit.map(List::of).orElse(List.of()), unit.isPresent() ? 1 : 0);
		}
		if (q.length() < 2) {
			return new RegisterHits(List.of(), 0);
		}
		return register.search(q, HITS);
	}

	/**
	 * The unit with this organisation number; refused when the number is wrong or the register does not know it. What
	 * is not a number at all (an address that was never a unit's) is not found.
	 */
	public RegisterUnit unit(String organisationNumber) {
		if (!organisationNumber.matches("[\\d\\s]+")) {
			throw new RecordNotFound(UNIT, organisationNumber);
		}
		return register.unit(orgnr(null, organisationNumber))
			.orElseThrow(() -> InvalidInput.of(null, "registry.error.notFound", organisationNumber));
	}

	/** The kind of record a register unit is, for history and not-found answers. */
	public static final String UNIT = "registryUnit";

	/** The persons with roles in the unit who could become its contact persons. */
	public List<RegisterRole> roles(String organisationNumber) {
		return register.roles(orgnr(null, organisationNumber));
	}

	/** The company (customer or lead) in the CRM with this organisation number, if there is one. */
	public Optional<Company> existing(String organisationNumber) {
		return tx.execute(s -> companies.withOrganisationNumbers(List.of(organisationNumber)).stream()
			.filter(c -> "NO".equals(c.country())).findFirst());
	}

	/** What the register said of a company when it was last created or refreshed from it. */
	public Optional<RegisterFacts> facts(CompanyId company) {
		return tx.execute(s -> units.find(company.value()));
	}

	/**
	 * Creates a customer (or, when {@code lead}, a lead company: module leads) from the unit, with the persons of the
	 * chosen roles ({@link RegisterRole#key()}) as its contact persons, linked with their role (from the roles
	 * register, created when missing). Refused when the organisation number is in the CRM already
	 * ({@link AlreadyInCrm}) or the unit is deleted.
	 */
	public Company createCompany(String organisationNumber, Set<String> roleKeys, boolean lead) {
		var unit = usable(unit(organisationNumber));
		var roles = roleKeys.isEmpty() ? List.<RegisterRole>of()
				: roles(organisationNumber).stream().filter(r -> roleKeys.contains(r.key())).toList();
		return Objects.requireNonNull(tx.execute(s -> {
			existing(unit.organisationNumber()).ifPresent(c -> {
				throw new AlreadyInCrm(c);
			});
			var input = mapper.input(unit, mapper.industries());
			if (companies.problems(input, null).stream().anyMatch(e -> "website".equals(e.field()))) {
				input = CompanyFromRegister.withoutWebsite(input);
			}
			var company = lead ? companies.get(new CompanyId(leads.registerCompany(input, new LeadData(null, null,
					input.ownerId(), null)).id())) : companies.create(input);
			units.save(company.id().value(), RegisterFacts.of(unit, OffsetDateTime.now()));
			for (var role : roles) {
				var person = contacts.create(new PersonInput(role.givenNames(), role.lastName(), null, List.of(), List.of(),
						List.of(), null, null, null, input.ownerId(), List.of(), false, null, null));
				contacts.link(person.id(), new LinkInput(company.id(), null, role(role.description()), null, null, false));
			}
			return company;
		}));
	}

	/** The fields where the company differs from its unit in the register now. */
	public List<Difference> differences(CompanyId id) {
		var company = companies.get(id);
		var unit = usable(unit(requireOrgnr(company)));
		var visiting = CompanyFromRegister.address(unit.businessAddress());
		var postal = CompanyFromRegister.address(unit.postalAddress());
		var out = new ArrayList<Difference>();
		add(out, "name", "company.name", company.name(), unit.name());
		add(out, "visitingAddress", "company.visitingAddress", line(company.visitingAddress()), line(visiting));
		add(out, "postalAddress", "company.postalAddress", line(company.postalAddress()), line(postal));
		add(out, "industry", "company.industry", industryName(company.industryId()),
				unit.naceCode() == null ? null : unit.naceCode() + " " + (unit.naceName() == null ? "" : unit.naceName()));
		add(out, "employees", "company.employees", company.employees() == null ? null : company.employees().toString(),
				unit.employees() == null ? null : unit.employees().toString());
		add(out, "website", "company.website", host(company.website()), host(unit.website()));
		return out;
	}

	/**
	 * Takes the accepted fields ({@link Difference#field()}) from the register into the company ({@code version}: the
	 * one read, for optimistic locking), and the register's other facts into the module's own record; history keeps
	 * both.
	 */
	public Company refresh(CompanyId id, Set<String> accepted, @Nullable Integer version) {
		var current = companies.get(id);
		if (version != null && version != current.version()) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		var unit = usable(unit(requireOrgnr(current)));
		return Objects.requireNonNull(tx.execute(s -> {
			var in = CompanyInput.of(current);
			// the industry is looked up (or made) only when the user takes it
			var changed = CompanyFromRegister.with(in, accepted.contains("name") ? unit.name() : in.name(),
					accepted.contains("website") ? unit.website() : in.website(),
					accepted.contains("employees") ? unit.employees() : in.employees(),
					accepted.contains("industry") ? mapper.industries().of(unit) : in.industryId(),
					accepted.contains("visitingAddress") ? CompanyFromRegister.address(unit.businessAddress()) : in.visitingAddress(),
					accepted.contains("postalAddress") ? CompanyFromRegister.address(unit.postalAddress()) : in.postalAddress());
			var updated = accepted.isEmpty() ? current : companies.update(id, changed);
			units.save(id.value(), RegisterFacts.of(unit, OffsetDateTime.now()));
			return updated;
		}));
	}

	private static String requireOrgnr(Company c) {
		if (c.organisationNumber() == null || !"NO".equals(c.country())) {
			throw InvalidInput.of(null, "registry.error.noOrgnr");
		}
		return c.organisationNumber();
	}

	/** A deleted unit cannot become or refresh a customer. */
	private static RegisterUnit usable(RegisterUnit u) {
		if (u.deletedOn() != null) {
			throw InvalidInput.of(null, "registry.error.deleted", u.deletedOn().toString());
		}
		return u;
	}

	private ContactRoleId role(String name) {
		var n = name.length() > 100 ? name.substring(0, 100) : name;
		return registers.roles().stream().filter(r -> r.name().equalsIgnoreCase(n)).findFirst()
			.orElseGet(() -> registers.saveRole(null, n)).id();
	}

	private @Nullable String industryName(@Nullable IndustryId id) {
		if (id == null) {
			return null;
		}
		var i = tx.execute(s -> registers.industry(id));
		return i.code() == null ? i.name() : i.code() + " " + i.name();
	}

	static String orgnr(@Nullable String field, String written) {
		try {
			return OrganisationNumber.parse("NO", written).value();
		}
		catch (InvalidInput e) {
			throw InvalidInput.of(field, "company.error.orgnr.no");
		}
	}

	private static void add(List<Difference> out, String field, String label, @Nullable String crm, @Nullable String reg) {
		if (!normal(crm).equals(normal(reg))) {
			out.add(new Difference(field, label, crm, reg));
		}
	}

	private static String normal(@Nullable String s) {
		return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String line(Address a) {
		return a.isEmpty() ? null : a.oneLine().replaceFirst(", [A-Z]{2}$", "");
	}

	/** A website compared by its host: "www.firma.no" in the register is "https://www.firma.no" in the CRM. */
	private static @Nullable String host(@Nullable String url) {
		return url == null ? null : url.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
	}
}
