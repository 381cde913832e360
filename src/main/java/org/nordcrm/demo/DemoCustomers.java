package org.nordcrm.demo;

import java.util.List;
import java.util.Set;

import org.nordcrm.companies.Address;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.companies.Relation;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.Registers;
import org.springframework.stereotype.Component;

/** A customer register to try things on: Norwegian and Swedish companies with their contacts, and private customers. */
@Component
class DemoCustomers {

	record Demo(String name, String country, String street, String postcode, String city, String phone, String industry,
			Relation relation, List<String> contacts) {
	}

	static final List<Demo> COMPANIES = List.of(
			new Demo("Fjordkraft Handel AS", "NO", "Strandgaten 15", "5013", "Bergen", "55 30 20 00", "Energi", Relation.CUSTOMER,
					List.of("Kari Berg-Haugland", "Per Solheim")),
			new Demo("Ålesund Trelast AS", "NO", "Keiser Wilhelms gate 22", "6003", "Ålesund", "70 12 34 56", "Byggevarer",
					Relation.CUSTOMER, List.of("Bjørn Sæther", "Ingvild Aasen")),
			new Demo("Nordlys Regnskap AS", "NO", "Storgata 40", "9008", "Tromsø", "77 60 50 40", "Regnskap", Relation.PARTNER,
					List.of("Hanne Kristiansen")),
			new Demo("Bergen Bygg og Anlegg AS", "NO", "Damsgårdsveien 131", "5162", "Laksevåg", "55 21 00 00", "Bygg og anlegg",
					Relation.CUSTOMER, List.of("Ole Johan Nilsen", "Silje Hauge", "Tor Arne Lie")),
			new Demo("Trøndelag Kontorutstyr AS", "NO", "Kongens gate 9", "7011", "Trondheim", "73 80 90 00", "Kontorutstyr",
					Relation.SUPPLIER, List.of("Marte Lund")),
			new Demo("Oslo Konsulenthus AS", "NO", "Karl Johans gate 25", "0159", "Oslo", "22 33 44 55", "Rådgivning",
					Relation.CUSTOMER, List.of("Anders Bakken", "Ida Holm")),
			new Demo("Göteborgs Fiskeexport AB", "SE", "Fiskhamnsgatan 8", "414 58", "Göteborg", "031-12 34 56", "Fiske",
					Relation.CUSTOMER, List.of("Lars Andersson", "Sofia Berglund")),
			new Demo("Stockholms Datakonsult AB", "SE", "Sveavägen 44", "111 34", "Stockholm", "08-123 456 78", "Rådgivning",
					Relation.PARTNER, List.of("Johan Ek")));

	static final List<String> PRIVATE_CUSTOMERS = List.of("Solveig Dahl", "Magnus Strand");

	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final Registers registers;

	DemoCustomers(CompanyManagement companies, ContactManagement contacts, Registers registers) {
		this.companies = companies;
		this.contacts = contacts;
		this.registers = registers;
	}

	/** Runs in the demo's transaction, with its tenant; owners are taken in turn from {@code owners}. */
	void fill(List<UserId> owners) {
		var roles = registers.roles();
		int n = 0;
		for (var d : COMPANIES) {
			var industry = registers.industryNamed(d.industry()).orElseGet(() -> registers.saveIndustry(null, d.industry(), null));
			var owner = owners.get(n % owners.size());
			var company = companies.create(new CompanyInput(d.name(), null, organisationNumber(d.country(), n), d.country(),
					Set.of(d.relation()), null, industry.id(), owner, d.phone(), null, null,
					"post@" + d.name().toLowerCase().replaceAll("[^a-z]+", "") + ".example", null,
					new Address(d.street(), d.postcode(), d.city(), d.country()), null, null, null, null, null, 5 + 7 * n, null,
					null, null, null, null, null));
			for (var name : d.contacts()) {
				var person = contacts.create(person(name, owner, false));
				contacts.link(person.id(), new LinkInput(company.id(), null, roles.get(n % roles.size()).id(), null, null, true));
				n++;
			}
		}
		for (var name : PRIVATE_CUSTOMERS) {
			contacts.create(person(name, owners.getFirst(), true));
		}
	}

	private static PersonInput person(String name, UserId owner, boolean privateCustomer) {
		int space = name.lastIndexOf(' ');
		return new PersonInput(name.substring(0, space), name.substring(space + 1), null, null, null, null, null, null, null,
				owner, null, privateCustomer, null, null);
	}

	/** A valid organisation number of the country, different for each {@code seed}. */
	static String organisationNumber(String country, int seed) {
		for (int i = seed * 100;; i++) {
			if (country.equals("SE")) {
				var first9 = "55%07d".formatted(i);
				return first9 + OrganisationNumber.luhnCheckDigit(first9);
			}
			var first8 = "9%07d".formatted(900_000 + i);
			int check = OrganisationNumber.norwegianCheckDigit(first8);
			if (check >= 0) {
				return first8 + check;
			}
		}
	}
}
