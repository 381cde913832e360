package org.nordcrm.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.activities.TaskInput;
import org.nordcrm.activities.TaskManagement;
import org.nordcrm.calendar.AppointmentInput;
import org.nordcrm.calendar.AppointmentManagement;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.RecordRef;
import org.nordcrm.notes.NoteInput;
import org.nordcrm.notes.NoteManagement;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Leads: registered outside the customer register (not in its lists, search or counts), offered by the pickers only as
 * private persons, converted with everything on them into a chosen number series, and the conversion's bad input.
 */
@NordCrmTest
class LeadsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	LeadManagement leads;

	@Autowired
	CompanyManagement companies;

	@Autowired
	ContactManagement contacts;

	@Autowired
	NumberSeriesManagement series;

	@Autowired
	NoteManagement notes;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AppointmentManagement appointments;

	@Autowired
	FileManagement files;

	TestTenant acme;
	Api api;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Leads");
		api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
	}

	<T> T as(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(acme.id(), acme.user().id().value(), TenantContext.UI, work);
	}

	static JsonNode ok(Api.Response r, int status) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		return r.json();
	}

	String companyLead(String name, String orgnr) {
		var body = "{\"kind\": \"COMPANY\", \"company\": {\"name\": \"%s\"%s}}".formatted(name,
				orgnr == null ? "" : ", \"organisationNumber\": \"" + orgnr + "\"");
		return ok(api.post("/api/v1/leads", body), 201).get("id").asString();
	}

	String privateLead(String first, String last) {
		return ok(api.post("/api/v1/leads",
				"{\"kind\": \"PRIVATE\", \"person\": {\"firstName\": \"%s\", \"lastName\": \"%s\"}}".formatted(first, last)), 201)
			.get("id").asString();
	}

	@Test
	void aConvertedLeadKeepsEverythingAndGetsItsNumberFromTheChosenSeries() {
		var id = UUID.fromString(companyLead("Fjordlys Konsult AS", "923609016"));
		var company = new CompanyId(id);
		var person = as(() -> {
			var p = contacts.create(new org.nordcrm.contacts.PersonInput("Siri", "Fjordlys", null, null, null, null, null, null,
					null, null, null, false, null, null));
			contacts.link(p.id(), new LinkInput(company, null, null, null, null, true));
			return p.id();
		});
		var note = as(() -> notes.create(new NoteInput("company", id, "Ringte, vil ha tilbud", false, null)));
		var task = as(() -> tasks.create(new TaskInput("Send tilbud", null, "2030-01-01", null, null, null, id.toString(), null, null)));
		var appointment = as(() -> appointments.create(new AppointmentInput("Møte hos Fjordlys", null, null, false,
				OffsetDateTime.now().plusDays(1), OffsetDateTime.now().plusDays(1).plusHours(1), null, null, null, id,
				List.of(person.value()), null, null, null)));
		var record = new RecordRef("company", id);
		var file = as(() -> files.upload(record, files.folders(record).getFirst().id(), "avtale.txt",
				new ByteArrayInputStream("utkast".getBytes())));
		// a lead's contact person is found only as a lead's contact, not among the customers' contacts
		assertThat(api.get("/api/v1/search?q=Siri").body()).doesNotContain(person.value().toString());

		var partners = as(() -> series.save(null, "Partnere", 500_000L, 599_999L, false));
		var conversion = ok(api.post("/api/v1/leads/" + id + "/conversion",
				"{\"numberSeriesId\": \"%s\"}".formatted(partners.id())), 200);
		assertThat(conversion.get("customerNumber").asLong()).isEqualTo(500_000L);

		var customer = ok(api.get("/api/v1/companies/" + id), 200);
		assertThat(customer.get("lead").asBoolean()).isFalse();
		assertThat(customer.get("customerNumber").asLong()).isEqualTo(500_000L);
		assertThat(ok(api.get("/api/v1/notes?record=" + id), 200).get("items").findValuesAsString("id")).contains(note.id().toString());
		assertThat(ok(api.get("/api/v1/tasks?record=" + id), 200).get("items").findValuesAsString("id")).contains(task.id().toString());
		assertThat(ok(api.get("/api/v1/appointments?record=" + id), 200).get("items").findValuesAsString("id"))
			.contains(appointment.id().toString());
		assertThat(ok(api.get("/api/v1/files?recordKind=company&recordId=" + id), 200).get("items").findValuesAsString("id"))
			.contains(file.id().toString());
		assertThat(ok(api.get("/api/v1/companies/" + id + "/contacts"), 200).toString()).contains(person.value().toString());
		var history = ok(api.get("/api/v1/history?record=" + id), 200).toString();
		assertThat(history).contains("is_lead").contains("500000").contains("converted_at").contains("avtale.txt");
		// now a customer: in customer search, with its contact; no longer among the leads
		assertThat(api.get("/api/v1/search?q=Fjordlys").body()).contains(id.toString());
		assertThat(api.get("/api/v1/search?q=Siri").body()).contains(person.value().toString());
		assertThat(ok(api.get("/api/v1/leads?q=Fjordlys"), 200).get("items")).isEmpty();
		assertThat(ok(api.get("/api/v1/leads/" + id), 200).get("convertedAt").isNull()).isFalse();
		// what only customers may have is allowed now
		as(() -> {
			leads.requireCustomer("company", id);
			return null;
		});
	}

	@Test
	void leadsAreNeverInTheCustomerListsSearchOrCounts() {
		var lead = companyLead("Skjult Prospekt AS", null);
		var privateLead = privateLead("Pia", "Prospektsen");
		var customer = ok(api.post("/api/v1/companies", "{\"name\": \"Synlig Prospekt AS\"}"), 201).get("id").asString();

		assertThat(api.get("/api/v1/companies?limit=500").body()).contains(customer).doesNotContain(lead);
		assertThat(api.get("/api/v1/contacts?limit=500").body()).doesNotContain(privateLead);
		assertThat(api.get("/api/v1/search?q=Prospekt").body()).contains(customer).doesNotContain(lead);
		assertThat(api.get("/api/v1/search?q=Prospektsen").body()).doesNotContain(privateLead);
		assertThat(as(() -> companies.byName(CompanyFilter.NONE, 100)).stream().map(c -> c.id().toString())).containsExactly(customer);
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(web.get("/search?q=Prospekt").body()).contains("Synlig Prospekt AS").doesNotContain("Skjult Prospekt AS");
		assertThat(web.get("/search?kind=company").body()).doesNotContain("Skjult Prospekt AS");
		assertThat(web.get("/search/export?kind=company&format=csv").body()).contains("Synlig").doesNotContain("Skjult");

		// and they are in the lead list and search
		assertThat(ok(api.get("/api/v1/leads?q=Skjult"), 200).get("items").findValuesAsString("id")).containsExactly(lead);
		assertThat(ok(api.get("/api/v1/leads"), 200).get("items").findValuesAsString("id")).containsExactly(privateLead, lead);
		assertThat(web.get("/leads").body()).contains("Skjult Prospekt AS").contains("Pia Prospektsen").doesNotContain("Synlig");
		assertThat(web.get("/leads?q=Pia").body()).contains("Pia Prospektsen").doesNotContain("Skjult");
	}

	@Test
	void pickersOfferPrivateLeadsButNoLeadCompaniesOrTheirContacts() {
		var company = companyLead("Plukkfri Lead AS", null);
		var privateLead = privateLead("Plukkbar", "Privatlead");
		var contact = as(() -> {
			var p = contacts.create(new org.nordcrm.contacts.PersonInput("Plukkfri", "Kontakt", null, null, null, null, null, null,
					null, null, null, false, null, null));
			contacts.link(p.id(), new LinkInput(new CompanyId(UUID.fromString(company)), null, null, null, null, true));
			return p.id().toString();
		});
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		// as the task and appointment forms ask
		var companies = Jsoup.parse(web.get("/pickers?kinds=company&q=Plukk").body()).select("[data-pick-id]").eachAttr("data-pick-id");
		var persons = Jsoup.parse(web.get("/pickers?kinds=person,private,lead-private&q=Plukk").body()).select("[data-pick-id]")
			.eachAttr("data-pick-id");
		assertThat(companies).doesNotContain(company);
		assertThat(persons).contains(privateLead).doesNotContain(contact);
		// as a campaign's member picker will ask
		var campaign = Jsoup.parse(web.get("/pickers?kinds=lead-company,lead-private&q=Plukk").body()).select("[data-pick-id]")
			.eachAttr("data-pick-id");
		assertThat(campaign).contains(company, privateLead).doesNotContain(contact);
		// the task form offers private leads
		assertThat(web.get("/tasks/new").body()).contains("person,private,lead-private");
		// a lead's contact person is not in the contact list or its export either, until the company is converted
		assertThat(api.get("/api/v1/contacts?limit=500").body()).doesNotContain(contact);
		assertThat(web.get("/search?kind=person").body()).doesNotContain("Plukkfri Kontakt");
		assertThat(web.get("/search/export?kind=person&format=csv").body()).doesNotContain("Plukkfri");
		ok(api.post("/api/v1/leads/" + company + "/conversion", "{}"), 200);
		assertThat(api.get("/api/v1/contacts?limit=500").body()).contains(contact);
		assertThat(web.get("/search?kind=person").body()).contains("Plukkfri Kontakt");
	}

	@Test
	void badConversionsAreRefusedClearlyAndChangeNothing() {
		var id = companyLead("Dobbel Konvertering AS", null);
		ok(api.post("/api/v1/leads/" + id + "/conversion", "{}"), 200);
		var twice = api.post("/api/v1/leads/" + id + "/conversion", "{}");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains("converted to a customer already");

		// a full series: a clear message, and the lead stays a lead with the series as it was
		var full = as(() -> series.save(null, "Liten", 700_000L, 700_000L, false));
		var first = companyLead("Første Fulle AS", null);
		var second = companyLead("Andre Fulle AS", null);
		ok(api.post("/api/v1/leads/" + first + "/conversion", "{\"numberSeriesId\": \"%s\"}".formatted(full.id())), 200);
		var refused = api.post("/api/v1/leads/" + second + "/conversion", "{\"numberSeriesId\": \"%s\"}".formatted(full.id()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Liten", "is used up");
		assertThat(ok(api.get("/api/v1/companies/" + second), 200).get("lead").asBoolean()).isTrue();
		assertThat(ok(api.get("/api/v1/leads/" + second), 200).get("convertedAt").isNull()).isTrue();

		// the organisation number of a customer: refused, with the customer to merge into
		var customer = ok(api.post("/api/v1/companies", "{\"name\": \"Kunde Med Orgnr AS\", \"organisationNumber\": \"923 609 016\"}"), 201)
			.get("id").asString();
		var twin = companyLead("Kunde Med Orgnr (lead)", "923609016");
		var taken = api.post("/api/v1/leads/" + twin + "/conversion", "{}");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.body()).contains("Kunde Med Orgnr AS").contains("Merge the lead into that customer").contains(customer);
		assertThat(ok(api.get("/api/v1/companies/" + twin), 200).get("lead").asBoolean()).isTrue();
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/leads/" + twin + "/convert");
		var dialog = Jsoup.parse(web.post("/leads/" + twin + "/conversion", java.util.Map.of()).body());
		assertThat(dialog.select("#merge-into").attr("href")).contains("a=" + customer).contains("b=" + twin);
		// the customer cannot be merged into the lead; the lead merges into the customer, whose number stays
		var backwards = api.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(twin, customer));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("A lead is merged into the customer");
		var customerNumber = ok(api.get("/api/v1/companies/" + customer), 200).get("customerNumber").asLong();
		var merged = api.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\", \"take\": [\"customerNumber\", \"name\"]}"
			.formatted(customer, twin));
		assertThat(merged.status()).as(merged.body()).isEqualTo(201);
		var survivor = ok(api.get("/api/v1/companies/" + customer), 200);
		assertThat(survivor.get("customerNumber").asLong()).isEqualTo(customerNumber);
		assertThat(survivor.get("name").asString()).isEqualTo("Kunde Med Orgnr (lead)");
		assertThat(survivor.get("lead").asBoolean()).isFalse();
		assertThat(api.post("/api/v1/merges/" + merged.json().get("id").asString() + "/undo", "{}").status()).isEqualTo(200);

		// bulk: all or none
		var ok1 = companyLead("Bulk En AS", null);
		var bulk = api.post("/api/v1/leads/conversions", "{\"ids\": [\"%s\", \"%s\"]}".formatted(ok1, twin));
		assertThat(bulk.status()).isEqualTo(400);
		assertThat(bulk.body()).contains("Kunde Med Orgnr");
		assertThat(ok(api.get("/api/v1/companies/" + ok1), 200).get("lead").asBoolean()).isTrue();
		var ok2 = privateLead("Bulk", "To");
		var done = ok(api.post("/api/v1/leads/conversions", "{\"ids\": [\"%s\", \"%s\"]}".formatted(ok1, ok2)), 200);
		assertThat(done.findValuesAsString("id")).containsExactly(ok1, ok2);
		assertThat(ok(api.get("/api/v1/contacts/" + ok2), 200).get("customerNumber").isNull()).isFalse();

		// another tenant's lead is not found
		var other = tenants.create("Other leads");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD).language("en");
		var lead = companyLead("Hemmelig Lead AS", null);
		assertThat(stranger.get("/api/v1/leads/" + lead).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/leads/" + lead + "/conversion", "{}").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/leads?q=Hemmelig").body()).doesNotContain(lead);
		assertThat(ok(api.get("/api/v1/companies/" + lead), 200).get("lead").asBoolean()).isTrue();
	}

	@Test
	void aPageOfLeadsIsFullWhenDeletedLeadsSitInIt() {
		var oldest = companyLead("Eldste Lead AS", null);
		var older = companyLead("Eldre Lead AS", null);
		for (var name : List.of("Slettet En AS", "Slettet To AS", "Slettet Tre AS")) {
			assertThat(api.delete("/api/v1/leads/" + companyLead(name, null)).status()).isEqualTo(204);
		}
		// newest first: the three deleted ones come before the two live ones, and were cut off the page before
		var first = ok(api.get("/api/v1/leads?limit=1"), 200);
		assertThat(first.get("items").findValuesAsString("id")).containsExactly(older);
		var second = ok(api.get("/api/v1/leads?limit=1&after=" + first.get("next").asString()), 200);
		assertThat(second.get("items").findValuesAsString("id")).containsExactly(oldest);
		assertThat(second.hasNonNull("next")).isFalse();
	}

	@Test
	void theApiRegistersChangesAndGuardsLeads() {
		var statuses = ok(api.get("/api/v1/lead-statuses"), 200).get("items");
		assertThat(statuses.findValuesAsString("name")).containsExactlyInAnyOrder("Ny", "Kontaktet", "Kvalifisert", "Diskvalifisert");
		var lead = ok(api.post("/api/v1/leads", "{\"kind\": \"COMPANY\", \"company\": {\"name\": \"Api Lead AS\"}}"), 201);
		var ny = statuses.findValues("id").get(statuses.findValuesAsString("name").indexOf("Ny")).asString();
		assertThat(lead.get("statusId").asString()).isEqualTo(ny);
		assertThat(lead.get("leadNumber").asLong()).isPositive();
		var next = ok(api.post("/api/v1/leads", "{\"kind\": \"PRIVATE\", \"person\": {\"lastName\": \"Nummer\"}}"), 201);
		assertThat(next.get("leadNumber").asLong()).isEqualTo(lead.get("leadNumber").asLong() + 1);

		var missing = api.post("/api/v1/leads", "{\"company\": {\"name\": \"Uten type\"}}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("kind");
		var noName = api.post("/api/v1/leads", "{\"kind\": \"COMPANY\", \"company\": {\"name\": \"\"}}");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.body()).contains("name");

		var kvalifisert = statuses.findValues("id").get(statuses.findValuesAsString("name").indexOf("Kvalifisert")).asString();
		var id = lead.get("id").asString();
		var changed = ok(api.put("/api/v1/leads/" + id, "{\"statusId\": \"%s\", \"ownerId\": \"%s\", \"version\": %d}"
			.formatted(kvalifisert, acme.user().id(), lead.get("version").asInt())), 200);
		assertThat(changed.get("statusId").asString()).isEqualTo(kvalifisert);
		var stale = api.put("/api/v1/leads/" + id, "{\"statusId\": \"%s\", \"version\": 0}".formatted(ny));
		assertThat(stale.status()).isEqualTo(400);
		assertThat(ok(api.get("/api/v1/leads?status=" + kvalifisert), 200).get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(ok(api.get("/api/v1/leads?owner=" + acme.user().id()), 200).get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(ok(api.get("/api/v1/leads?kind=PRIVATE"), 200).get("items").findValuesAsString("id"))
			.containsExactly(next.get("id").asString());
		var unknownStatus = api.put("/api/v1/leads/" + id, "{\"statusId\": \"%s\"}".formatted(UUID.randomUUID()));
		assertThat(unknownStatus.status()).isEqualTo(400);

		// sales (opportunities, orders) will ask this guard: a lead is refused with a clear message
		assertThatThrownBy(() -> as(() -> {
			leads.requireCustomer("company", UUID.fromString(id));
			return null;
		})).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors().getFirst().messageKey()).isEqualTo("lead.error.notCustomer"));
		assertThatThrownBy(() -> as(() -> {
			leads.requireCustomer("person", UUID.fromString(next.get("id").asString()));
			return null;
		})).isInstanceOf(InvalidInput.class);

		assertThat(api.delete("/api/v1/leads/" + id).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/leads/" + id).status()).isEqualTo(404);
		assertThat(as(() -> contacts.find(new PersonId(UUID.fromString(next.get("id").asString())))).orElseThrow().lead()).isTrue();
	}

	@Test
	void thePagesRegisterAPrivateLeadAndTheCardChangesItsStatus() {
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		var form = Jsoup.parse(web.get("/leads/new?kind=PRIVATE").body());
		assertThat(form.select("#lead-form").attr("action")).isEqualTo("/leads/private");
		assertThat(form.select("#lastName")).hasSize(1);
		assertThat(form.select("#leadStatusId option[selected]").text()).isEqualTo("Ny");

		var missing = web.post("/leads/private", java.util.Map.of("firstName", "Uten"));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(missing.body()).select("#lastName.is-invalid")).hasSize(1);
		assertThat(ok(api.get("/api/v1/leads"), 200).get("items")).isEmpty();
		// a status or source that is not (any more) in the register: beside the lead's own field, nothing saved
		var gone = UUID.randomUUID().toString();
		var unknown = web.post("/leads/private", java.util.Map.of("firstName", "Siv", "lastName", "Sidelead", "leadStatusId", gone,
				"leadSourceId", gone));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(unknown.body()).select("#leadStatusId.is-invalid, #leadSourceId.is-invalid")).hasSize(2);
		var unknownCompany = web.post("/leads/companies", java.util.Map.of("name", "Ukjent Status AS", "leadStatusId", gone));
		assertThat(unknownCompany.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(unknownCompany.body()).select("#leadStatusId.is-invalid")).hasSize(1);
		assertThat(ok(api.get("/api/v1/leads"), 200).get("items")).isEmpty();

		var saved = web.post("/leads/private", java.util.Map.of("firstName", "Siv", "lastName", "Sidelead", "emails", "siv@lead.test"));
		assertThat(saved.statusCode()).isEqualTo(302);
		var id = Browserless.location(saved).substring(Browserless.location(saved).lastIndexOf('/') + 1);
		assertThat(Browserless.location(saved)).endsWith("/contacts/" + id);
		var lead = ok(api.get("/api/v1/leads/" + id), 200);
		assertThat(lead.get("kind").asString()).isEqualTo("PRIVATE");
		assertThat(ok(api.get("/api/v1/contacts/" + id), 200).get("customerNumber").isNull()).isTrue();

		var section = Jsoup.parse(web.get("/leads/section/" + id).body());
		assertThat(section.select(".lead-number").text()).isEqualTo("Lead no. " + lead.get("leadNumber").asLong());
		var kontaktet = section.select("#lead-status option").stream().filter(o -> o.text().equals("Kontaktet")).findFirst()
			.orElseThrow().attr("value");
		var changed = Jsoup.parse(web.post("/leads/" + id + "/data", java.util.Map.of("statusId", kontaktet,
				"version", String.valueOf(lead.get("version").asInt()))).body());
		assertThat(changed.select("#lead-status option[selected]").text()).isEqualTo("Kontaktet");
		var stale = Jsoup.parse(web.post("/leads/" + id + "/data", java.util.Map.of("statusId", kontaktet, "version", "0")).body());
		assertThat(stale.text()).contains("Someone else changed this record");

		var customer = ok(api.post("/api/v1/companies", "{\"name\": \"Vanlig Kunde AS\"}"), 201).get("id").asString();
		var none = web.get("/leads/section/" + customer);
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(none.body()).select("#lead-section")).isEmpty();
		assertThat(web.get("/leads/section/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(web.get("/admin/settings/lead-statuses").statusCode()).isEqualTo(403);
	}
}
