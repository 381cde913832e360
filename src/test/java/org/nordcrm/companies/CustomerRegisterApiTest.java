package org.nordcrm.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The customer register through the REST API, as an integration would use it. */
@NordCrmTest
class CustomerRegisterApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api api;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Register");
		api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
	}

	JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	String company(String name, String orgnr) {
		return created(api.post("/api/v1/companies", """
				{"name": "%s", "organisationNumber": "%s", "country": "NO", "relations": ["CUSTOMER"],
				 "phone": "22 33 44 55", "email": "post@%s.no",
				 "visitingAddress": {"street": "Storgata 1", "postcode": "0155", "city": "Oslo"}}
				""".formatted(name, orgnr, name.toLowerCase().replace(' ', '-')))).get("id").asString();
	}

	@Test
	void companyGetsACustomerNumberAndNormalisedFields() {
		var c = created(api.post("/api/v1/companies", """
				{"name": "Fjordkraft Handel AS", "organisationNumber": "NO 923 609 016 MVA", "phone": "+47 22 33 44 55",
				 "website": "fjordkraft.no", "relations": ["CUSTOMER", "SUPPLIER"], "invoiceMethod": "EHF", "employees": 12}
				"""));
		assertThat(c.get("customerNumber").asLong()).isEqualTo(10000);
		assertThat(c.get("organisationNumber").asString()).isEqualTo("923609016");
		assertThat(c.get("phone").asString()).isEqualTo("+4722334455");
		assertThat(c.get("website").asString()).isEqualTo("https://fjordkraft.no");
		assertThat(c.get("relations").toString()).contains("CUSTOMER", "SUPPLIER");
		assertThat(c.get("statusId").isNull()).as("the default status").isFalse();

		var second = created(api.post("/api/v1/companies", "{\"name\": \"Neste AS\"}"));
		assertThat(second.get("customerNumber").asLong()).isEqualTo(10001);

		var got = api.get("/api/v1/companies/" + c.get("id").asString());
		assertThat(got.json().get("name").asString()).isEqualTo("Fjordkraft Handel AS");
	}

	@Test
	void badInputGetsFieldErrorsInTheCallersLanguageAndSavesNothing() {
		var r = api.language("nb").post("/api/v1/companies", """
				{"name": "%s", "organisationNumber": "923609017", "email": "post.example.no", "phone": "12",
				 "website": "javascript:alert(1)"}
				""".formatted("x".repeat(100_000)));
		assertThat(r.status()).isEqualTo(400);
		var errors = r.json().get("errors").toString();
		assertThat(errors).contains("\"field\":\"organisationNumber\"", "\"field\":\"email\"", "\"field\":\"name\"",
				"\"field\":\"phone\"", "\"field\":\"website\"");
		assertThat(errors).contains("norsk organisasjonsnummer");
		assertThat(api.get("/api/v1/companies").json().get("items").size()).isZero();

		var huge = api.post("/api/v1/companies", "{\"name\": \"%s\"}".formatted("y".repeat(10 * 1024 * 1024)));
		assertThat(huge.status()).as("a 10 MB field").isEqualTo(400);
		assertThat(huge.json().get("errors").toString()).contains("\"field\":\"name\"");

		var swedish = api.language("sv").post("/api/v1/companies", "{\"name\": \"AB\", \"country\": \"SE\", \"organisationNumber\": \"556036-0794\"}");
		assertThat(swedish.status()).isEqualTo(400);
		assertThat(swedish.json().get("errors").toString()).contains("organisationNumber");
		assertThat(created(api.post("/api/v1/companies", "{\"name\": \"Volvo AB\", \"country\": \"SE\", \"organisationNumber\": \"556036-0793\"}"))
			.get("organisationNumber").asString()).isEqualTo("5560360793");
	}

	@Test
	void htmlIsKeptAsTextAndAnotherTenantsRecordsAreNotFound() {
		var id = created(api.post("/api/v1/companies", "{\"name\": \"<script>alert(1)</script> AS\"}")).get("id").asString();
		assertThat(api.get("/api/v1/companies/" + id).json().get("name").asString()).isEqualTo("<script>alert(1)</script> AS");

		var other = tenants.create("Other");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/api/v1/companies/" + id).status()).isEqualTo(404);
		assertThat(stranger.put("/api/v1/companies/" + id, "{\"name\": \"Mine\"}").status()).isEqualTo(404);
		assertThat(stranger.delete("/api/v1/companies/" + id).status()).isEqualTo(404);
		var person = created(stranger.post("/api/v1/contacts", "{\"firstName\": \"Kari\", \"lastName\": \"Nordmann\"}"));
		var link = stranger.post("/api/v1/contacts/" + person.get("id").asString() + "/companies", "{\"companyId\": \"" + id + "\"}");
		assertThat(link.status()).isEqualTo(400);
		assertThat(link.json().get("errors").toString()).contains("companyId");
	}

	@Test
	void contactLinkedToTwoCompaniesWithDifferentRoles() {
		var fjord = company("Fjordkraft", "923609016");
		var berg = company("Bergen Bygg", "974760673");
		var roles = api.get("/api/v1/contact-roles");
		var person = created(api.post("/api/v1/contacts", """
				{"firstName": "Kari", "lastName": "Berg-Haugland", "mobiles": ["912 34 567"], "emails": ["kari@example.no"]}
				"""));
		var pid = person.get("id").asString();
		assertThat(person.get("customerNumber").isNull()).isTrue();
		assertThat(person.get("mobiles").get(0).asString()).isEqualTo("+4791234567");

		var ceo = idNamed(roles.json(), "Daglig leder");
		var consultant = idNamed(roles.json(), "Konsulent");
		created(api.post("/api/v1/contacts/" + pid + "/companies", """
				{"companyId": "%s", "roleId": "%s", "position": "CEO", "workPhone": "22 00 00 01"}""".formatted(fjord, ceo)));
		created(api.post("/api/v1/contacts/" + pid + "/companies", """
				{"companyId": "%s", "roleId": "%s", "employed": false}""".formatted(berg, consultant)));
		var twice = api.language("en").post("/api/v1/contacts/" + pid + "/companies", "{\"companyId\": \"" + fjord + "\"}");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("errors").toString()).contains("already linked");

		var links = api.get("/api/v1/contacts/" + pid + "/companies").json();
		assertThat(links.size()).isEqualTo(2);
		var atBerg = api.get("/api/v1/companies/" + berg + "/contacts").json();
		assertThat(atBerg.get(0).at("/link/roleId").asString()).isEqualTo(consultant);
		assertThat(atBerg.get(0).at("/link/employed").asBoolean()).isFalse();

		// found by a part of the last name, and by the work phone however it is typed; the hit says where she works
		assertThat(search("haugl")).contains("Kari Berg-Haugland").contains("Fjordkraft");
		assertThat(search("2200 0001")).contains("Kari Berg-Haugland");

		var linkId = links.get(0).get("id").asString();
		assertThat(api.delete("/api/v1/contact-links/" + linkId).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/contacts/" + pid + "/companies").json().size()).isEqualTo(1);
	}

	@Test
	void searchForgivesTyposAndAccentsAndFindsNumbers() {
		var id = company("Ålesund Trelast", "923609016");
		company("Bergen Bygg", "974760673");
		var all = api.get("/api/v1/search?q=alesund"); assertThat(all.body()).contains("Ålesund Trelast");
		assertThat(search("Trelsat")).as("a typo").contains("Ålesund Trelast");
		assertThat(search("elast")).as("inside a word").contains("Ålesund Trelast");
		assertThat(search("923 609")).contains("Ålesund Trelast");
		assertThat(search("22334455")).contains("Ålesund Trelast", "Bergen Bygg");
		assertThat(search("post@alesund")).contains("Ålesund Trelast");
		var number = api.get("/api/v1/companies/" + id).json().get("customerNumber").asString();
		assertThat(search(number)).contains("Ålesund Trelast");

		api.delete("/api/v1/companies/" + id);
		assertThat(search("alesund")).doesNotContain("Ålesund Trelast");
	}

	@Test
	void privateCustomerGetsACustomerNumber() {
		var p = created(api.post("/api/v1/contacts", "{\"firstName\": \"Ola\", \"lastName\": \"Privat\", \"privateCustomer\": true}"));
		assertThat(p.get("customerNumber").asLong()).isEqualTo(10000);
		assertThat(p.get("privateCustomer").asBoolean()).isTrue();
		var hits = api.get("/api/v1/search?q=privat&kind=private").json().get("items");
		assertThat(hits.get(0).get("kind").asString()).isEqualTo("private");
		assertThat(api.get("/api/v1/search?q=privat&kind=company").json().get("items").size()).isZero();
	}

	@Test
	void duplicatesAreFlaggedBeforeSaving() {
		company("Fjordkraft Handel", "923609016");
		var hints = api.post("/api/v1/companies/duplicates", """
				{"name": "Fjordkraft Handel AS", "organisationNumber": "923609016",
				 "visitingAddress": {"postcode": "0155"}, "email": "ola@fjordkraft-handel.no"}
				""").json();
		assertThat(hints.toString()).contains("company.duplicate.orgnr");
		var byName = api.post("/api/v1/companies/duplicates", """
				{"name": "Fjordkraft Handel A/S", "visitingAddress": {"postcode": "0155"}}""").json();
		assertThat(byName.toString()).contains("company.duplicate.name");
		var byDomain = api.post("/api/v1/companies/duplicates", "{\"name\": \"X\", \"email\": \"ola@fjordkraft-handel.no\"}").json();
		assertThat(byDomain.toString()).contains("company.duplicate.email");
		var gmail = api.post("/api/v1/companies/duplicates", "{\"name\": \"Y\", \"email\": \"ola@gmail.com\"}").json();
		assertThat(gmail.size()).isZero();
	}

	@Test
	void concurrentChangeIsRefused() {
		var id = company("Versjon", "923609016");
		var v = api.get("/api/v1/companies/" + id).json().get("version").asInt();
		assertThat(api.put("/api/v1/companies/" + id, "{\"name\": \"First\", \"version\": %d}".formatted(v)).status()).isEqualTo(200);
		var late = api.language("en").put("/api/v1/companies/" + id, "{\"name\": \"Second\", \"version\": %d}".formatted(v));
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.body()).contains("changed");
		assertThat(api.get("/api/v1/companies/" + id).json().get("name").asString()).isEqualTo("First");
	}

	@Test
	void moveAllCompaniesFromOneIndustryToAnother() {
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var from = created(admin.post("/api/v1/industries", "{\"name\": \"Trelast\"}")).get("id").asString();
		var to = created(admin.post("/api/v1/industries", "{\"name\": \"Byggevarer\"}")).get("id").asString();
		for (var name : new String[] { "A", "B", "C" }) {
			created(api.post("/api/v1/companies", "{\"name\": \"%s\", \"industryId\": \"%s\"}".formatted(name, from)));
		}
		assertThat(api.post("/api/v1/industries/" + from + "/move-companies", "{\"to\": \"" + to + "\"}").status())
			.as("administrators only").isEqualTo(403);
		var moved = admin.post("/api/v1/industries/" + from + "/move-companies", "{\"to\": \"" + to + "\"}");
		assertThat(moved.json().get("moved").asInt()).isEqualTo(3);
		assertThat(api.get("/api/v1/companies?industry=" + to).json().get("items").size()).isEqualTo(3);
		assertThat(api.get("/api/v1/companies?industry=" + from).json().get("items").size()).isZero();
	}

	@Test
	void searchFiltersByKindCategoryIndustryStatusAndOwner() {
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var vip = idNamed(api.get("/api/v1/categories").json(), "VIP");
		var industry = created(admin.post("/api/v1/industries", "{\"name\": \"Fiske\"}")).get("id").asString();
		var inactive = api.get("/api/v1/company-statuses").json().get("items").get(2).get("id").asString();
		var owner = acme.user().id().toString();
		created(api.post("/api/v1/companies", """
				{"name": "Nordfisk AS", "categoryIds": ["%s"], "industryId": "%s", "statusId": "%s", "ownerId": "%s"}
				""".formatted(vip, industry, inactive, owner)));
		created(api.post("/api/v1/companies", "{\"name\": \"Nordtre AS\"}"));
		created(api.post("/api/v1/contacts", "{\"firstName\": \"Nora\", \"lastName\": \"Nordby\", \"categoryIds\": [\"%s\"]}".formatted(vip)));

		assertThat(hits("q=nord")).containsExactlyInAnyOrder("Nordfisk AS", "Nordtre AS", "Nora Nordby");
		assertThat(hits("q=nord&kind=company")).containsExactlyInAnyOrder("Nordfisk AS", "Nordtre AS");
		assertThat(hits("q=nord&kind=person")).containsExactly("Nora Nordby");
		assertThat(hits("q=nord&category=" + vip)).containsExactlyInAnyOrder("Nordfisk AS", "Nora Nordby");
		assertThat(hits("q=nord&industry=" + industry)).containsExactly("Nordfisk AS");
		assertThat(hits("q=nord&status=" + inactive)).containsExactly("Nordfisk AS");
		assertThat(hits("q=nord&owner=" + owner)).containsExactly("Nordfisk AS");
		assertThat(hits("industry=" + industry)).as("filters alone").containsExactly("Nordfisk AS");
	}

	private java.util.List<String> hits(String query) {
		var r = api.get("/api/v1/search?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("items").findValuesAsString("title");
	}

	private String search(String q) {
		var r = api.get("/api/v1/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("items").toString();
	}

	/** The id of the register entry with this name. */
	private static String idNamed(JsonNode roles, String name) {
		var items = roles.has("items") ? roles.get("items") : roles;
		for (var r : items) {
			if (r.get("name").asString().equals(name)) {
				return r.get("id").asString();
			}
		}
		throw new AssertionError("no role " + name + " in " + roles);
	}
}
