package org.nordcrm.merging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Two companies (and two persons) merged through the API, everything moving to the survivor, and the undo. */
@NordCrmTest
class MergeApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api api;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Merge");
		api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
	}

	JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	String category(String name) {
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		return created(admin.post("/api/v1/categories", "{\"name\": \"%s\", \"scope\": \"BOTH\"}".formatted(name))).get("id").asString();
	}

	String person(String json) {
		return created(api.post("/api/v1/contacts", json)).get("id").asString();
	}

	void link(String person, String company) {
		created(api.post("/api/v1/contacts/" + person + "/companies", "{\"companyId\": \"%s\"}".formatted(company)));
	}

	List<String> contactNames(String company) {
		var names = new ArrayList<String>();
		api.get("/api/v1/companies/" + company + "/contacts").json().forEach(c -> names.add(c.at("/person/lastName").asString()));
		return names;
	}

	List<String> historyActions(String record) {
		var actions = new ArrayList<String>();
		api.get("/api/v1/history?record=" + record).json().get("items").forEach(e -> actions.add(e.get("action").asString()));
		return actions;
	}

	@Test
	void companiesMergeFieldByFieldWithContactsAndCategoriesAndTheUndoPutsBothBack() {
		var vip = category("Topp ti");
		var fish = category("Fisk");
		var survivor = created(api.post("/api/v1/companies", """
				{"name": "Fjordfisk AS", "phone": "22 33 44 55", "categoryIds": ["%s"]}""".formatted(vip))).get("id").asString();
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var salmon = created(admin.post("/api/v1/product-interests", "{\"name\": \"Laks\"}")).get("id").asString();
		var other = created(api.post("/api/v1/companies", """
				{"name": "Fjordfisk Bergen AS", "email": "post@fjordfisk.no", "website": "https://fjordfisk.no",
				 "categoryIds": ["%s", "%s"], "productInterestIds": ["%s"]}""".formatted(vip, fish, salmon))).get("id").asString();
		var only = person("{\"firstName\": \"Per\", \"lastName\": \"Bare-Bergen\"}");
		var both = person("{\"firstName\": \"Bo\", \"lastName\": \"Begge\"}");
		link(only, other);
		link(both, other);
		link(both, survivor);

		var compare = api.get("/api/v1/merges/compare?kind=company&a=%s&b=%s".formatted(survivor, other));
		assertThat(compare.status()).as(compare.body()).isEqualTo(200);
		var fields = compare.json().get("fields").toString();
		assertThat(fields).contains("\"key\":\"email\"", "post@fjordfisk.no", "Fjordfisk Bergen AS");

		var merged = api.post("/api/v1/merges", """
				{"kind": "company", "survivorId": "%s", "otherId": "%s", "take": ["email", "website"]}""".formatted(survivor, other));
		assertThat(merged.status()).as(merged.body()).isEqualTo(201);
		var mergeId = merged.json().get("id").asString();

		var kept = api.get("/api/v1/companies/" + survivor).json();
		assertThat(kept.get("name").asString()).isEqualTo("Fjordfisk AS");
		assertThat(kept.get("email").asString()).isEqualTo("post@fjordfisk.no");
		assertThat(kept.get("phone").asString()).isEqualTo("+4722334455");
		assertThat(kept.get("categoryIds").toString()).contains(vip, fish);
		assertThat(kept.get("productInterestIds").toString()).contains(salmon);
		assertThat(contactNames(survivor)).containsExactlyInAnyOrder("Bare-Bergen", "Begge");
		assertThat(api.get("/api/v1/companies/" + other).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/search?q=Fjordfisk").body()).contains("Fjordfisk AS").doesNotContain("Fjordfisk Bergen");
		// the other company's history came along: its creation now shows on the survivor
		assertThat(historyActions(survivor)).contains("MERGED").filteredOn("CREATED"::equals).hasSize(2);

		var undone = api.post("/api/v1/merges/" + mergeId + "/undo", "{}");
		assertThat(undone.status()).as(undone.body()).isEqualTo(200);
		assertThat(undone.json().get("keptFields").size()).isZero();
		var back = api.get("/api/v1/companies/" + survivor).json();
		assertThat(back.get("email").isNull()).isTrue();
		assertThat(back.get("categoryIds").toString()).contains(vip).doesNotContain(fish);
		assertThat(back.get("productInterestIds").size()).isZero();
		assertThat(contactNames(survivor)).containsExactly("Begge");
		assertThat(api.get("/api/v1/companies/" + other).json().get("website").asString()).isEqualTo("https://fjordfisk.no");
		assertThat(contactNames(other)).containsExactlyInAnyOrder("Bare-Bergen", "Begge");
		assertThat(historyActions(survivor)).startsWith("UNMERGED").filteredOn("CREATED"::equals).hasSize(1);
		assertThat(api.get("/api/v1/search?q=Fjordfisk").body()).contains("Fjordfisk Bergen AS");

		var again = api.post("/api/v1/merges/" + mergeId + "/undo", "{}");
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body()).contains("already been undone");
	}

	@Test
	void personsMergeTheirPhonesEmailsAndWorkplacesAndAChangeAfterTheMergeSurvivesTheUndo() {
		var fjord = created(api.post("/api/v1/companies", "{\"name\": \"Fjordkraft\"}")).get("id").asString();
		var berg = created(api.post("/api/v1/companies", "{\"name\": \"Bergen Bygg\"}")).get("id").asString();
		var kari = person("{\"firstName\": \"Kari\", \"lastName\": \"Nordmann\", \"mobiles\": [\"912 34 567\"], \"emails\": [\"kari@example.no\"]}");
		var copy = person("""
				{"firstName": "Kari", "lastName": "Nordmann", "mobiles": ["913 00 000"], "emails": ["KARI@example.no"],
				 "birthDate": "1980-05-17"}""");
		link(kari, fjord);
		link(copy, berg);

		var merge = created(api.post("/api/v1/merges", """
				{"kind": "person", "survivorId": "%s", "otherId": "%s", "take": ["birthDate"]}""".formatted(kari, copy)));
		var merged = api.get("/api/v1/contacts/" + kari).json();
		assertThat(merged.get("mobiles").toString()).contains("+4791234567", "+4791300000");
		assertThat(merged.get("emails").size()).as("the same address in other letters is one address").isEqualTo(1);
		assertThat(merged.get("birthDate").asString()).isEqualTo("1980-05-17");
		assertThat(api.get("/api/v1/contacts/" + kari + "/companies").json().size()).isEqualTo(2);

		// someone corrects the birth date after the merge: the undo keeps the correction and says so
		var edited = api.put("/api/v1/contacts/" + kari, """
				{"firstName": "Kari", "lastName": "Nordmann", "mobiles": ["912 34 567", "913 00 000"], "emails": ["kari@example.no"],
				 "birthDate": "1980-05-18"}""");
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		var undone = api.post("/api/v1/merges/" + merge.get("id").asString() + "/undo", "{}");
		assertThat(undone.status()).as(undone.body()).isEqualTo(200);
		assertThat(undone.json().get("keptFields").toString()).contains("birthDate");
		var back = api.get("/api/v1/contacts/" + kari).json();
		assertThat(back.get("mobiles").toString()).contains("+4791234567").doesNotContain("+4791300000");
		assertThat(back.get("birthDate").asString()).isEqualTo("1980-05-18");
		assertThat(api.get("/api/v1/contacts/" + kari + "/companies").json().size()).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts/" + copy + "/companies").json().get(0).get("companyId").asString()).isEqualTo(berg);
	}

	@Test
	void mergingWithItselfAcrossTenantsOrWithUnknownFieldsIsRefused() {
		var a = created(api.post("/api/v1/companies", "{\"name\": \"Alfa AS\"}")).get("id").asString();
		var b = created(api.post("/api/v1/companies", "{\"name\": \"Alfa A/S\"}")).get("id").asString();

		var self = api.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}".formatted(a, a));
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.json().get("errors").toString()).contains("\"field\":\"other\"", "cannot be merged with itself");

		var unknown = api.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\", \"take\": [\"password\"]}"
			.formatted(a, b));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("Unknown field: password");
		assertThat(api.get("/api/v1/companies/" + b).status()).as("nothing half-done").isEqualTo(200);

		var kind = api.post("/api/v1/merges", "{\"kind\": \"invoice\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}".formatted(a, b));
		assertThat(kind.status()).isEqualTo(400);

		var stranger = new Api(port).login(tenants.create("Merge other").user().email(), TestTenants.PASSWORD);
		var mine = created(stranger.post("/api/v1/companies", "{\"name\": \"Alfa AS\"}")).get("id").asString();
		assertThat(stranger.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(mine, a)).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/merges/compare?kind=company&a=%s&b=%s".formatted(mine, a)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/companies/" + a).status()).isEqualTo(200);

		var merged = created(api.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}".formatted(a, b)));
		assertThat(stranger.post("/api/v1/merges/" + merged.get("id").asString() + "/undo", "{}").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/merges?record=" + a).json().get("items").size()).isZero();
		assertThat(api.get("/api/v1/merges?record=" + a).json().get("items").size()).isEqualTo(1);
	}
}
