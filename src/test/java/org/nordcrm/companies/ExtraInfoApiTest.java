package org.nordcrm.companies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Extra info (Tilleggsinfo) through the API: the registers of contact origins, sources and products of interest,
 * a company carrying them, their history, and the tenant's preference for showing them on their own tab.
 */
@NordCrmTest
class ExtraInfoApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api admin;
	Api user;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Extra");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		user = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
	}

	@Test
	void aNewTenantStartsWithOriginsAndSourcesButNoProducts() {
		assertThat(user.get("/api/v1/contact-origins").json().get("items").findValuesAsString("name"))
			.containsExactly("Anbefaling", "Kald henvendelse", "Messe", "Nettside");
		assertThat(user.get("/api/v1/sources").json().get("items").findValuesAsString("name"))
			.containsExactly("Annonse", "Messe", "Nettside", "Partner");
		assertThat(user.get("/api/v1/product-interests").json().get("items")).isEmpty();
	}

	@Test
	void theRegistersAreCreatedReadRenamedAndDeletedByAdministrators() {
		for (var register : new String[] { "contact-origins", "sources", "product-interests" }) {
			var created = admin.post("/api/v1/" + register, "{\"name\":\"  Webinar \"}");
			assertThat(created.status()).as(register + ": " + created.body()).isEqualTo(201);
			var id = created.json().get("id").asString();
			assertThat(created.json().get("name").asString()).isEqualTo("Webinar");
			assertThat(user.get("/api/v1/" + register + "/" + id).json().get("name").asString()).isEqualTo("Webinar");

			assertThat(user.post("/api/v1/" + register, "{\"name\":\"Mine\"}").status()).isEqualTo(403);
			assertThat(user.delete("/api/v1/" + register + "/" + id).status()).isEqualTo(403);

			var renamed = admin.put("/api/v1/" + register + "/" + id, "{\"name\":\"Webinarer\"}");
			assertThat(renamed.status()).isEqualTo(200);
			assertThat(admin.get("/api/v1/" + register).json().get("items").findValuesAsString("name")).contains("Webinarer")
				.doesNotContain("Webinar");

			assertThat(admin.delete("/api/v1/" + register + "/" + id).status()).isEqualTo(204);
			assertThat(admin.get("/api/v1/" + register + "/" + id).status()).isEqualTo(404);
		}
	}

	@Test
	void badNamesAreFieldErrorsInTheCallersLanguage() {
		var empty = admin.language("nb").post("/api/v1/sources", "{\"name\":\"  \"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(empty.json().at("/errors/0/message").asString()).isEqualTo("Fyll ut dette feltet.");

		var duplicate = admin.language("sv").post("/api/v1/sources", "{\"name\":\"MESSE\"}");
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.json().at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(duplicate.json().at("/errors/0/message").asString()).isEqualTo("Det finns redan en post med det här namnet.");

		// the same name in another register is fine: Messe is an origin and a source
		var product = admin.language("en").post("/api/v1/product-interests", "{\"name\":\"Messe\"}");
		assertThat(product.status()).isEqualTo(201);
		var tooLong = admin.post("/api/v1/product-interests", "{\"name\":\"" + "x".repeat(101) + "\"}");
		assertThat(tooLong.json().at("/errors/0/message").asString()).isEqualTo("At most 100 characters.");
		assertThat(admin.get("/api/v1/sources").json().get("items")).hasSize(4);
	}

	@Test
	void anotherTenantsEntriesDoNotExist() {
		var origin = admin.get("/api/v1/contact-origins").json().at("/items/0/id").asString();
		var source = admin.get("/api/v1/sources").json().at("/items/0/id").asString();
		var product = admin.post("/api/v1/product-interests", "{\"name\":\"Regnskap\"}").json().get("id").asString();
		var other = new Api(port).login(tenants.create("Other extra").admin().email(), TestTenants.PASSWORD);
		assertThat(other.get("/api/v1/contact-origins/" + origin).status()).isEqualTo(404);
		assertThat(other.put("/api/v1/sources/" + source, "{\"name\":\"Stolen\"}").status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/product-interests/" + product).status()).isEqualTo(404);

		// nor can a company of the other tenant point at them: a field error each, nothing saved
		var r = other.post("/api/v1/companies", """
				{"name": "Tyv AS", "originId": "%s", "sourceId": "%s", "productInterestIds": ["%s"]}
				""".formatted(origin, source, product));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("originId", "sourceId",
				"productInterestIds");
		assertThat(other.get("/api/v1/companies").json().get("items")).isEmpty();
		assertThat(admin.get("/api/v1/sources/" + source).json().get("name").asString()).isNotEqualTo("Stolen");
	}

	@Test
	void aCompanyCarriesOriginSourceAndProductsAndHistoryReadsTheirNames() {
		var messe = id(admin.get("/api/v1/sources"), "Messe");
		var partner = id(admin.get("/api/v1/sources"), "Partner");
		var referral = id(admin.get("/api/v1/contact-origins"), "Anbefaling");
		var accounting = admin.post("/api/v1/product-interests", "{\"name\":\"Regnskap\"}").json().get("id").asString();
		var payroll = admin.post("/api/v1/product-interests", "{\"name\":\"Lønn\"}").json().get("id").asString();

		var created = user.post("/api/v1/companies", """
				{"name": "Fjellbris AS", "originId": "%s", "sourceId": "%s", "productInterestIds": ["%s", "%s", "%s"]}
				""".formatted(referral, messe, accounting, payroll, accounting));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var company = created.json();
		var id = company.get("id").asString();
		assertThat(company.get("originId").asString()).isEqualTo(referral);
		assertThat(company.get("sourceId").asString()).isEqualTo(messe);
		assertThat(company.get("productInterestIds").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(accounting, payroll);

		// a change: another source, one product less
		var changed = user.put("/api/v1/companies/" + id, """
				{"name": "Fjellbris AS", "originId": "%s", "sourceId": "%s", "productInterestIds": ["%s"], "version": %d}
				""".formatted(referral, partner, payroll, company.get("version").asInt()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		var read = user.get("/api/v1/companies/" + id).json();
		assertThat(read.get("sourceId").asString()).isEqualTo(partner);
		assertThat(read.get("productInterestIds").valueStream().map(JsonNode::asString)).containsExactly(payroll);

		// an unknown product: a field error, and the company stays as it was
		var unknown = user.put("/api/v1/companies/" + id, """
				{"name": "Fjellbris AS", "productInterestIds": ["%s", "0190a1b2-0000-7000-8000-000000000000"]}
				""".formatted(payroll));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("productInterestIds");
		assertThat(unknown.json().at("/errors/0/message").asString()).isEqualTo("This choice does not exist (any more).");
		var nullProduct = user.put("/api/v1/companies/" + id, "{\"name\": \"Fjellbris AS\", \"productInterestIds\": [null]}");
		assertThat(nullProduct.status()).isEqualTo(400);
		assertThat(nullProduct.json().at("/errors/0/field").asString()).isEqualTo("productInterestIds");
		assertThat(user.get("/api/v1/companies/" + id).json().get("sourceId").asString()).isEqualTo(partner);

		// history: the source change as a change of field, the product taken off as an unlink
		var entries = user.get("/api/v1/history?record=" + id).json().get("items");
		var sourceChange = entries.valueStream().filter(e -> e.at("/changes/source_id").isArray()).findFirst().orElseThrow();
		assertThat(sourceChange.get("action").asString()).isEqualTo("CHANGED");
		assertThat(sourceChange.at("/changes/source_id/0").asString()).isEqualTo(messe);
		assertThat(sourceChange.at("/changes/source_id/1").asString()).isEqualTo(partner);
		assertThat(sourceChange.get("channel").asString()).isEqualTo("api");
		assertThat(entries.valueStream().filter(e -> e.get("action").asString().equals("UNLINKED")))
			.singleElement().satisfies(e -> {
				assertThat(e.get("relatedKind").asString()).isEqualTo("product");
				assertThat(e.get("relatedId").asString()).isEqualTo(accounting);
			});

		// and the History tab reads names, in the user's language
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var tab = Jsoup.parse(web.get("/history/company/" + id).body());
		assertThat(tab.select(".history-changes").eachText()).anyMatch(t -> t.contains("Source: Messe → Partner"));
		assertThat(tab.select(".history-line").text()).contains("Regnskap");

		// an entry in use cannot be deleted
		var inUse = admin.delete("/api/v1/sources/" + partner);
		assertThat(inUse.status()).isEqualTo(400);
		assertThat(inUse.json().at("/errors/0/message").asString()).isEqualTo("This entry is in use, so it cannot be deleted.");
		assertThat(admin.delete("/api/v1/product-interests/" + payroll).status()).isEqualTo(400);
		assertThat(admin.delete("/api/v1/sources/" + messe).status()).as("no longer in use").isEqualTo(204);
	}

	@Test
	void administratorsChooseWhetherExtraInfoHasItsOwnTab() {
		assertThat(user.get("/api/v1/preferences").json().get("extraInfoTab").asBoolean()).isFalse();
		assertThat(user.put("/api/v1/preferences", "{\"extraInfoTab\":true}").status()).isEqualTo(403);

		var missing = admin.put("/api/v1/preferences", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("extraInfoTab");
		var wrongType = admin.put("/api/v1/preferences", "{\"extraInfoTab\":\"maybe\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.contentType()).startsWith("application/problem+json");

		var on = admin.put("/api/v1/preferences", "{\"extraInfoTab\":true}");
		assertThat(on.status()).isEqualTo(200);
		assertThat(on.json().get("extraInfoTab").asBoolean()).isTrue();
		assertThat(user.get("/api/v1/preferences").json().get("extraInfoTab").asBoolean()).isTrue();
		assertThat(admin.put("/api/v1/preferences", "{\"extraInfoTab\":true}").status()).as("saving the same again").isEqualTo(200);

		var other = new Api(port).login(tenants.create("Other prefs").user().email(), TestTenants.PASSWORD);
		assertThat(other.get("/api/v1/preferences").json().get("extraInfoTab").asBoolean()).as("another tenant's").isFalse();

		// the change is in history, once: saving the same again changed nothing
		var changes = admin.get("/api/v1/history?kind=preferences").json().get("items");
		assertThat(changes).hasSize(1);
		assertThat(changes.at("/0/changes/extra_info_tab/1").asBoolean()).isTrue();

		// the settings page form: an unticked box is off
		var web = new Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		web.get("/admin/settings");
		var saved = web.post("/admin/settings/preferences", Map.of());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(user.get("/api/v1/preferences").json().get("extraInfoTab").asBoolean()).isFalse();
		var seller = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		seller.get("/");
		assertThat(seller.post("/admin/settings/preferences", Map.of("extraInfoTab", "true")).statusCode()).isEqualTo(403);
		assertThat(user.get("/api/v1/preferences").json().get("extraInfoTab").asBoolean()).isFalse();
	}

	private static String id(Api.Response list, String name) {
		return list.json().get("items").valueStream().filter(i -> i.get("name").asString().equals(name)).findFirst()
			.orElseThrow().get("id").asString();
	}
}
