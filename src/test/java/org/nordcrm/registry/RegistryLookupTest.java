package org.nordcrm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nordcrm.support.RegistryStub.BANKRUPT;
import static org.nordcrm.support.RegistryStub.BERGEN_BYGG;
import static org.nordcrm.support.RegistryStub.BUSY;
import static org.nordcrm.support.RegistryStub.DELETED;
import static org.nordcrm.support.RegistryStub.FAULT;
import static org.nordcrm.support.RegistryStub.FJORDLYS;
import static org.nordcrm.support.RegistryStub.SLOW;
import static org.nordcrm.support.RegistryStub.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.RegistryStub;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;

/**
 * Looking companies up in Enhetsregisteret (WireMock serving the register's format) and bringing them in: by name
 * and by number, a customer with its roles as contact persons, the duplicate refusal, a refresh with its diff, and
 * the register's bad days (MOD11, deleted unit, bankruptcy flags, 429, 500, a timeout).
 */
@NordCrmTest
@TestPropertySource(properties = { RegistryStub.URL, RegistryStub.TIMEOUT, RegistryStub.BULK_DIR })
class RegistryLookupTest {

	static final WireMockServer register = RegistryStub.server();

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CompanyManagement companies;

	TestTenant acme;
	Api seller;
	Browserless web;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Registry");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
	}

	long companiesWith(String orgnr) {
		return acme.as(() -> companies.withOrganisationNumbers(List.of(orgnr)).size());
	}

	@Test
	void looksUpByNameWithTheRegistersFacts() {
		var r = seller.get("/api/v1/registry/units?q=fjord");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("total").asLong()).isEqualTo(2);
		var first = r.json().get("units").get(0);
		assertThat(first.get("organisationNumber").asString()).isEqualTo(FJORDLYS);
		assertThat(first.get("name").asString()).isEqualTo("FJORDLYS AS");
		assertThat(first.get("formCode").asString()).isEqualTo("AS");
		assertThat(first.get("naceCode").asString()).isEqualTo("62.010");
		assertThat(first.get("employees").asInt()).isEqualTo(42);
		assertThat(first.get("businessAddress").get("municipalityNumber").asString()).isEqualTo("0301");
		assertThat(first.get("bankrupt").asBoolean()).isFalse();
		var second = r.json().get("units").get(1);
		assertThat(second.get("bankrupt").asBoolean()).isTrue();
		assertThat(second.get("underLiquidation").asBoolean()).isTrue();

		var none = seller.get("/api/v1/registry/units?q=zzzz");
		assertThat(none.json().get("units").size()).isZero();
	}

	@Test
	void looksUpByNumberCheckedByMod11() {
		var r = seller.get("/api/v1/registry/units?q=923%20456%20783");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("units").get(0).get("name").asString()).isEqualTo("FJORDLYS AS");

		var bad = seller.get("/api/v1/registry/units?q=923456784");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"q\"").contains("organisation number");
		var badPage = web.get("/registry?q=923456784");
		assertThat(badPage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(badPage.body()).select(".registry-error").text()).contains("organisation number");
		// nothing asked of the register for a number that cannot exist
		assertThat(register.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().endsWith("/923456784"));

		var unknown = seller.get("/api/v1/registry/units?q=" + UNKNOWN);
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.json().get("units").size()).isZero();
	}

	@Test
	void createsACustomerWithItsRolesAsContactPersons() {
		var unit = seller.get("/api/v1/registry/units/" + FJORDLYS);
		assertThat(unit.status()).as(unit.body()).isEqualTo(200);
		var roles = new ArrayList<String>();
		var keys = new ArrayList<String>();
		for (JsonNode role : unit.json().get("roles")) {
			roles.add(role.get("code").asString() + " " + role.get("firstName").asString() + " " + role.get("lastName").asString());
			if (!role.get("code").asString().equals("MEDL")) {
				keys.add(role.get("key").asString());
			}
		}
		// the resigned board member and the auditor (a company, not a person) are not offered
		assertThat(roles).containsExactly("DAGL Kari Nordmann", "LEDE Ola Hansen", "MEDL Ingrid Aasen");
		assertThat(unit.json().get("existingCompanyId").isNull()).isTrue();

		var created = seller.post("/api/v1/registry/units/" + FJORDLYS + "/company",
				"{\"roles\": [\"%s\", \"%s\"]}".formatted(keys.get(0), keys.get(1)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var c = created.json();
		var id = c.get("id").asString();
		assertThat(c.get("name").asString()).isEqualTo("FJORDLYS AS");
		assertThat(c.get("organisationNumber").asString()).isEqualTo(FJORDLYS);
		assertThat(c.get("visitingAddress").get("street").asString()).isEqualTo("Rådhusgata 5, 3. etasje");
		assertThat(c.get("visitingAddress").get("postcode").asString()).isEqualTo("0150");
		assertThat(c.get("postalAddress").get("street").asString()).isEqualTo("Postboks 123 Sentrum");
		assertThat(c.get("website").asString()).isEqualTo("https://www.fjordlys.no");
		assertThat(c.get("employees").asInt()).isEqualTo(42);
		assertThat(c.get("ownerId").asString()).isEqualTo(acme.user().id().value().toString());

		// the industry is the NACE code, made in the industries register
		var industry = seller.get("/api/v1/industries/" + c.get("industryId").asString());
		assertThat(industry.json().get("code").asString()).isEqualTo("62.010");
		assertThat(industry.json().get("name").asString()).isEqualTo("Programmeringstjenester");

		var contacts = seller.get("/api/v1/companies/" + id + "/contacts");
		assertThat(contacts.status()).as(contacts.body()).isEqualTo(200);
		assertThat(contacts.body()).contains("Kari").contains("Nordmann").contains("Ola Johan").contains("Hansen")
			.doesNotContain("Ingrid").doesNotContain("Berg\"");
		var roleNames = seller.get("/api/v1/contact-roles").body();
		assertThat(roleNames).contains("Daglig leder/ adm.direktør").contains("Styrets leder");

		// the register's other facts are on the card
		var section = Jsoup.parse(web.get("/registry/companies/" + id + "/section").body());
		assertThat(section.select(".form-code").text()).isEqualTo("AS Aksjeselskap");
		assertThat(section.select(".municipality").text()).isEqualTo("OSLO (0301)");
		assertThat(section.select(".vat").text()).isEqualTo("Yes");
		assertThat(section.select("#refresh-from-register")).hasSize(1);
	}

	@Test
	void refusesASecondCompanyWithTheSameNumberAndOpensTheFirst() {
		var first = seller.post("/api/v1/registry/units/" + FJORDLYS + "/company", "{}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var id = first.json().get("id").asString();

		var again = seller.post("/api/v1/registry/units/" + FJORDLYS + "/company", "{}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("companyId").asString()).isEqualTo(id);
		assertThat(again.body()).contains("already has this organisation number");
		assertThat(seller.get("/api/v1/registry/units/" + FJORDLYS).json().get("existingCompanyId").asString()).isEqualTo(id);

		// the page says so and opens that record
		var page = Jsoup.parse(web.get("/registry/units/" + FJORDLYS).body());
		assertThat(page.select(".existing a#open-existing").attr("href")).isEqualTo("/companies/" + id);
		assertThat(page.select("#create-form")).isEmpty();
		var post = web.post("/registry/units/" + FJORDLYS, Map.of());
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(Browserless.location(post)).endsWith("/companies/" + id);
		assertThat(companiesWith(FJORDLYS)).isEqualTo(1);

		// the hit list marks it too
		var hits = Jsoup.parse(web.get("/registry/hits?q=fjord").body());
		assertThat(hits.select(".in-crm").attr("href")).isEqualTo("/companies/" + id);
	}

	@Test
	void createsALeadAndThenRefusesACustomerWithTheSameNumber() {
		var lead = seller.post("/api/v1/registry/units/" + BERGEN_BYGG + "/company", "{\"lead\": true}");
		assertThat(lead.status()).as(lead.body()).isEqualTo(201);
		assertThat(lead.json().get("lead").asBoolean()).isTrue();
		assertThat(lead.json().get("customerNumber").isNull()).isTrue();
		var id = lead.json().get("id").asString();
		assertThat(seller.get("/api/v1/leads/" + id).status()).isEqualTo(200);

		var customer = seller.post("/api/v1/registry/units/" + BERGEN_BYGG + "/company", "{}");
		assertThat(customer.status()).isEqualTo(409);
		assertThat(customer.json().get("companyId").asString()).isEqualTo(id);
		assertThat(customer.body()).contains("already in the CRM as a lead");
		var page = Jsoup.parse(web.get("/registry/units/" + BERGEN_BYGG).body());
		assertThat(page.select(".existing").text()).contains("as a lead");

		// from the page: "Create as lead"
		var post = web.post("/registry/units/" + FJORDLYS, Map.of("as", "lead"));
		assertThat(post.statusCode()).isEqualTo(302);
		var made = acme.as(() -> companies.withOrganisationNumbers(List.of(FJORDLYS)));
		assertThat(made).hasSize(1);
		assertThat(made.getFirst().lead()).isTrue();
		assertThat(Browserless.location(post)).endsWith("/companies/" + made.getFirst().id());
	}

	@Test
	void refreshShowsTheDifferencesAndTakesOnlyTheAcceptedFields() {
		var made = seller.post("/api/v1/companies", """
				{"name": "Bergen Bygg AS", "organisationNumber": "987 654 325", "employees": 5,
				 "visitingAddress": {"street": "Kaigaten 4", "postcode": "5020", "city": "BERGEN"}}""");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = made.json().get("id").asString();

		var diff = seller.get("/api/v1/registry/companies/" + id + "/differences");
		assertThat(diff.status()).as(diff.body()).isEqualTo(200);
		var fields = new ArrayList<String>();
		diff.json().forEach(d -> fields.add(d.get("field").asString()));
		assertThat(fields).containsExactly("name", "industry", "employees", "website");
		assertThat(diff.json().get(0).get("inCrm").asString()).isEqualTo("Bergen Bygg AS");
		assertThat(diff.json().get(0).get("inRegister").asString()).isEqualTo("BERGEN BYGG OG ANLEGG AS");

		var page = Jsoup.parse(web.get("/registry/companies/" + id + "/refresh").body());
		assertThat(page.select("table.differences tbody tr")).hasSize(4);
		assertThat(page.select("tr[data-field=employees] .in-crm").text()).isEqualTo("5");
		assertThat(page.select("tr[data-field=employees] .in-register").text()).isEqualTo("17");

		var version = made.json().get("version").asInt();
		var posted = web.post("/registry/companies/" + id + "/refresh",
				Map.of("field", "employees", "version", String.valueOf(version)));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		var after = seller.get("/api/v1/companies/" + id).json();
		assertThat(after.get("employees").asInt()).isEqualTo(17);
		assertThat(after.get("name").asString()).isEqualTo("Bergen Bygg AS");
		assertThat(after.get("website").isNull()).isTrue();

		var history = seller.get("/api/v1/history?record=" + id).body();
		assertThat(history).contains("\"employees\":[5,17]").contains("\"municipality\":[null,\"BERGEN\"]");

		// a stale version is refused, nothing changes
		var stale = seller.post("/api/v1/registry/companies/" + id + "/refresh",
				"{\"fields\": [\"name\"], \"version\": " + version + "}");
		assertThat(stale.status()).isEqualTo(400);
		assertThat(seller.get("/api/v1/companies/" + id).json().get("name").asString()).isEqualTo("Bergen Bygg AS");

		var rest = seller.post("/api/v1/registry/companies/" + id + "/refresh",
				"{\"fields\": [\"name\", \"website\", \"industry\"]}");
		assertThat(rest.status()).as(rest.body()).isEqualTo(200);
		assertThat(rest.json().get("name").asString()).isEqualTo("BERGEN BYGG OG ANLEGG AS");
		assertThat(rest.json().get("website").asString()).isEqualTo("https://bergenbygg.no");
		assertThat(seller.get("/api/v1/registry/companies/" + id + "/differences").json().size()).isZero();
	}

	@Test
	void aDeletedUnitIsShownButNotCreated() {
		var unit = seller.get("/api/v1/registry/units/" + DELETED);
		assertThat(unit.status()).as(unit.body()).isEqualTo(200);
		assertThat(unit.json().get("unit").get("deletedOn").asString()).isEqualTo("2021-04-15");

		var create = seller.post("/api/v1/registry/units/" + DELETED + "/company", "{}");
		assertThat(create.status()).isEqualTo(400);
		assertThat(create.body()).contains("deleted in the register (2021-04-15)");
		assertThat(companiesWith(DELETED)).isZero();

		var page = Jsoup.parse(web.get("/registry/units/" + DELETED).body());
		assertThat(page.select(".flag-deleted")).hasSize(1);
		assertThat(page.select("#create-form")).isEmpty();
	}

	@Test
	void bankruptcyFlagsAreShown() {
		var hits = Jsoup.parse(web.get("/registry/hits?q=fjord").body());
		assertThat(hits.select(".registry-hit")).hasSize(2);
		assertThat(hits.select(".registry-hit").get(1).select(".flag-bankrupt")).hasSize(1);
		assertThat(hits.select(".registry-hit").get(1).select(".flag-liquidation")).hasSize(1);
		assertThat(hits.select(".registry-hit").get(0).select(".badge.flag-bankrupt")).isEmpty();
		var page = Jsoup.parse(web.get("/registry/units/" + BANKRUPT).body());
		assertThat(page.select(".flag-warning").text()).contains("bankrupt");
	}

	@Test
	void aRegisterThatCannotAnswerGetsAClearMessageAndManualRegistrationStillWorks() {
		var busy = seller.get("/api/v1/registry/units/" + BUSY);
		assertThat(busy.status()).isEqualTo(503);
		assertThat(busy.body()).contains("too many requests");
		var busySearch = seller.get("/api/v1/registry/units?q=busy");
		assertThat(busySearch.status()).isEqualTo(503);
		var fault = seller.get("/api/v1/registry/units/" + FAULT);
		assertThat(fault.status()).isEqualTo(503);
		assertThat(fault.body()).contains("has a fault");
		var slow = seller.get("/api/v1/registry/units/" + SLOW);
		assertThat(slow.status()).isEqualTo(503);
		assertThat(slow.body()).contains("did not answer in time");

		var page = Jsoup.parse(web.get("/registry/units/" + FAULT).body());
		assertThat(page.select(".registry-error").text()).contains("has a fault");
		assertThat(page.select(".registry-error a").attr("href")).isEqualTo("/companies/new");
		var hits = Jsoup.parse(web.get("/registry/hits?q=busy").body());
		assertThat(hits.select(".registry-error a").attr("href")).isEqualTo("/companies/new");

		var create = seller.post("/api/v1/registry/units/" + FAULT + "/company", "{}");
		assertThat(create.status()).isEqualTo(503);
		assertThat(companiesWith(FAULT)).isZero();
		var manual = seller.post("/api/v1/companies", "{\"name\": \"Hand Made AS\", \"organisationNumber\": \"" + FAULT + "\"}");
		assertThat(manual.status()).as(manual.body()).isEqualTo(201);
	}

	@Test
	void pagesSpeakTheUsersLanguage() {
		var nb = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);
		var page = Jsoup.parse(nb.get("/registry/units/" + BUSY).body());
		assertThat(page.select(".registry-error").text()).contains("Registeret er opptatt");
		assertThat(Jsoup.parse(nb.get("/companies/new").body()).select("#registry-lookup").text())
			.isEqualTo("Slå opp i Enhetsregisteret");
	}

	@Test
	void anotherTenantsCompanyIsNotFound() {
		var made = seller.post("/api/v1/registry/units/" + BERGEN_BYGG + "/company", "{}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = made.json().get("id").asString();
		var other = tenants.create("Registry other");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/api/v1/registry/companies/" + id + "/differences").status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/registry/companies/" + id + "/refresh", "{}").status()).isEqualTo(404);
		var strangerWeb = new Browserless(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(strangerWeb.get("/registry/companies/" + id + "/section").statusCode()).isEqualTo(404);
		assertThat(strangerWeb.get("/registry/companies/" + id + "/refresh").statusCode()).isEqualTo(404);
		// the other tenant may create the same unit: the duplicate check is per tenant
		assertThat(stranger.post("/api/v1/registry/units/" + BERGEN_BYGG + "/company", "{}").status()).isEqualTo(201);
	}
}
