package org.nordcrm.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The registers and number series through the API as an integration uses them: every user reads, administrators
 * change, refusals are problem documents naming the field, and another tenant's entries do not exist.
 */
@NordCrmTest
class SettingsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	NumberSeriesManagement numberSeries;

	TestTenant acme;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Registers");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
	}

	@Test
	void newTenantStartsWithRegistersEveryUserCanRead() {
		var user = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var statuses = user.get("/api/v1/company-statuses");
		assertThat(statuses.status()).isEqualTo(200);
		assertThat(statuses.json().get("items").findValuesAsString("name")).containsExactly("Aktiv", "Prospekt", "Inaktiv", "Avsluttet");
		assertThat(statuses.json().at("/items/0/isDefault").asBoolean()).isTrue();
		assertThat(statuses.json().get("next").isNull()).isTrue();
		assertThat(user.get("/api/v1/contact-roles").json().get("items")).hasSize(6);
		assertThat(user.get("/api/v1/categories").json().get("items").findValuesAsString("name")).containsExactly("Nyhetsbrev", "VIP");
		assertThat(user.get("/api/v1/industries").json().get("items")).isEmpty();
		var series = user.get("/api/v1/number-series").json().at("/items/0");
		assertThat(series.get("name").asString()).isEqualTo("Kunder");
		assertThat(series.get("nextNumber").asLong()).isEqualTo(10_000);
		assertThat(series.get("isDefault").asBoolean()).isTrue();
	}

	@Test
	void categoriesCanBeCreatedReadChangedAndDeleted() {
		var created = admin.post("/api/v1/categories", "{\"name\":\" Partner \",\"scope\":\"COMPANY\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asString();
		assertThat(created.json().get("name").asString()).isEqualTo("Partner");
		assertThat(created.json().get("scope").asString()).isEqualTo("COMPANY");

		var read = admin.get("/api/v1/categories/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("Partner");

		var changed = admin.put("/api/v1/categories/" + id, "{\"name\":\"Partnere\",\"scope\":\"BOTH\"}");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(admin.get("/api/v1/categories/" + id).json().get("scope").asString()).isEqualTo("BOTH");

		assertThat(admin.delete("/api/v1/categories/" + id).status()).isEqualTo(204);
		assertThat(admin.get("/api/v1/categories/" + id).status()).isEqualTo(404);
		assertThat(admin.delete("/api/v1/categories/" + id).status()).isEqualTo(404);
	}

	@Test
	void industriesRolesAndStatusesToo() {
		var industry = admin.post("/api/v1/industries", "{\"name\":\"Detaljhandel\",\"code\":\"47.110\"}");
		assertThat(industry.status()).isEqualTo(201);
		assertThat(industry.json().get("code").asString()).isEqualTo("47.110");
		var industryId = industry.json().get("id").asString();
		assertThat(admin.put("/api/v1/industries/" + industryId, "{\"name\":\"Butikkhandel\",\"code\":\" \"}").json().get("code").isNull()).isTrue();
		assertThat(admin.get("/api/v1/industries").json().get("items").findValuesAsString("name")).containsExactly("Butikkhandel");
		assertThat(admin.delete("/api/v1/industries/" + industryId).status()).isEqualTo(204);

		var role = admin.post("/api/v1/contact-roles", "{\"name\":\"Prosjektleder\"}");
		assertThat(role.status()).isEqualTo(201);
		var roleId = role.json().get("id").asString();
		assertThat(admin.put("/api/v1/contact-roles/" + roleId, "{\"name\":\"Prosjektansvarlig\"}").json().get("name").asString()).isEqualTo("Prosjektansvarlig");
		assertThat(admin.delete("/api/v1/contact-roles/" + roleId).status()).isEqualTo(204);

		var status = admin.post("/api/v1/company-statuses", "{\"name\":\"Partner\",\"isDefault\":true}");
		assertThat(status.status()).isEqualTo(201);
		var statusId = status.json().get("id").asString();
		assertThat(status.json().get("isDefault").asBoolean()).isTrue();
		var statuses = admin.get("/api/v1/company-statuses").json().get("items");
		assertThat(defaults(statuses)).containsExactly("Partner");
		assertThat(admin.put("/api/v1/company-statuses/" + statusId, "{\"name\":\"Partner\",\"isDefault\":false}").status()).isEqualTo(200);
		assertThat(admin.delete("/api/v1/company-statuses/" + statusId).status()).isEqualTo(204);
	}

	@Test
	void invalidInputIsAProblemNamingTheFieldInTheCallersLanguage() {
		var noName = admin.language("nb").post("/api/v1/categories", "{\"scope\":\"PERSON\"}");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.contentType()).startsWith("application/problem+json");
		assertThat(noName.json().at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(noName.json().at("/errors/0/message").asString()).isEqualTo("Fyll ut dette feltet.");

		var noScope = admin.language("en").post("/api/v1/categories", "{\"name\":\"Ny\"}");
		assertThat(noScope.json().at("/errors/0/field").asString()).isEqualTo("scope");

		var longCode = admin.post("/api/v1/industries", "{\"name\":\"Fiske\",\"code\":\"" + "1".repeat(21) + "\"}");
		assertThat(longCode.status()).isEqualTo(400);
		assertThat(longCode.json().at("/errors/0/field").asString()).isEqualTo("code");
		assertThat(longCode.json().at("/errors/0/message").asString()).isEqualTo("At most 20 characters.");

		var badScope = admin.post("/api/v1/categories", "{\"name\":\"Ny\",\"scope\":\"EVERYONE\"}");
		assertThat(badScope.status()).isEqualTo(400);
		assertThat(badScope.contentType()).startsWith("application/problem+json");

		var longName = admin.post("/api/v1/contact-roles", "{\"name\":\"" + "x".repeat(101) + "\"}");
		assertThat(longName.json().at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(admin.get("/api/v1/contact-roles").json().get("items")).hasSize(6);
	}

	@Test
	void aNameIsUniqueInItsRegisterWhateverTheCase() {
		var taken = admin.language("sv").post("/api/v1/categories", "{\"name\":\"vip\",\"scope\":\"BOTH\"}");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.json().at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(taken.json().at("/errors/0/message").asString()).isEqualTo("Det finns redan en post med det här namnet.");

		var other = admin.language("en").post("/api/v1/categories", "{\"name\":\"Gull\",\"scope\":\"BOTH\"}").json().get("id").asString();
		var rename = admin.put("/api/v1/categories/" + other, "{\"name\":\"Nyhetsbrev\",\"scope\":\"BOTH\"}");
		assertThat(rename.status()).isEqualTo(400);
		assertThat(rename.json().at("/errors/0/message").asString()).isEqualTo("There is already an entry with this name.");
		assertThat(admin.get("/api/v1/categories/" + other).json().get("name").asString()).isEqualTo("Gull");
		// the same name in another register is fine
		assertThat(admin.post("/api/v1/contact-roles", "{\"name\":\"VIP\"}").status()).isEqualTo(201);
	}

	@Test
	void usersReadButOnlyAdministratorsWrite() {
		var user = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var someCategory = user.get("/api/v1/categories").json().at("/items/0/id").asString();
		var someSeries = user.get("/api/v1/number-series").json().at("/items/0/id").asString();
		assertThat(user.get("/api/v1/categories/" + someCategory).status()).isEqualTo(200);
		assertThat(user.post("/api/v1/categories", "{\"name\":\"Mine\",\"scope\":\"BOTH\"}").status()).isEqualTo(403);
		assertThat(user.put("/api/v1/categories/" + someCategory, "{\"name\":\"Mine\",\"scope\":\"BOTH\"}").status()).isEqualTo(403);
		assertThat(user.delete("/api/v1/categories/" + someCategory).status()).isEqualTo(403);
		assertThat(user.post("/api/v1/industries", "{\"name\":\"Mine\"}").status()).isEqualTo(403);
		assertThat(user.post("/api/v1/contact-roles", "{\"name\":\"Mine\"}").status()).isEqualTo(403);
		assertThat(user.post("/api/v1/company-statuses", "{\"name\":\"Mine\"}").status()).isEqualTo(403);
		assertThat(user.post("/api/v1/number-series", "{\"name\":\"Mine\",\"firstNumber\":1,\"lastNumber\":9}").status()).isEqualTo(403);
		assertThat(user.put("/api/v1/number-series/" + someSeries, "{\"name\":\"Mine\",\"firstNumber\":1,\"lastNumber\":9}").status()).isEqualTo(403);
		var refused = user.delete("/api/v1/number-series/" + someSeries);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(user.get("/api/v1/categories").json().get("items")).hasSize(2);
		assertThat(new Api(port).get("/api/v1/categories").status()).isEqualTo(401);
	}

	@Test
	void anotherTenantsEntriesDoNotExist() {
		var other = tenants.create("Other");
		var otherAdmin = new Api(port).login(other.admin().email(), TestTenants.PASSWORD);
		var category = admin.get("/api/v1/categories").json().at("/items/0/id").asString();
		var series = admin.get("/api/v1/number-series").json().at("/items/0/id").asString();
		assertThat(otherAdmin.get("/api/v1/categories/" + category).status()).isEqualTo(404);
		assertThat(otherAdmin.put("/api/v1/categories/" + category, "{}").status()).isEqualTo(404);
		assertThat(otherAdmin.put("/api/v1/categories/" + category, "{\"name\":\"Stolen\",\"scope\":\"BOTH\"}").status()).isEqualTo(404);
		assertThat(otherAdmin.delete("/api/v1/categories/" + category).status()).isEqualTo(404);
		assertThat(otherAdmin.get("/api/v1/number-series/" + series).status()).isEqualTo(404);
		assertThat(otherAdmin.put("/api/v1/number-series/" + series, "{}").status()).isEqualTo(404);
		assertThat(otherAdmin.delete("/api/v1/number-series/" + series).status()).isEqualTo(404);
		assertThat(otherAdmin.get("/api/v1/industries/not-a-uuid").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/categories/" + category).json().get("name").asString()).isIn("VIP", "Nyhetsbrev");
		assertThat(admin.get("/api/v1/number-series/" + series).json().get("name").asString()).isEqualTo("Kunder");
	}

	@Test
	void numberSeriesRangesMayNotOverlapAndMustHoldTheNumbersHandedOut() {
		var missing = admin.post("/api/v1/number-series", "{\"name\":\"Eksport\"}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("firstNumber");

		var backwards = admin.post("/api/v1/number-series", "{\"name\":\"Eksport\",\"firstNumber\":200000,\"lastNumber\":100000}");
		assertThat(backwards.json().at("/errors/0/field").asString()).isEqualTo("lastNumber");

		var overlap = admin.post("/api/v1/number-series", "{\"name\":\"Eksport\",\"firstNumber\":90000,\"lastNumber\":100000}");
		assertThat(overlap.status()).isEqualTo(400);
		assertThat(overlap.json().at("/errors/0/field").asString()).isEqualTo("firstNumber");
		assertThat(overlap.json().at("/errors/0/message").asString()).isEqualTo("This range overlaps the range of another series.");

		var created = admin.post("/api/v1/number-series", "{\"name\":\"Eksport\",\"firstNumber\":100000,\"lastNumber\":100002,\"isDefault\":true}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("nextNumber").asLong()).isEqualTo(100_000);
		var id = NumberSeriesId.of(created.json().get("id").asString());
		assertThat(defaults(admin.get("/api/v1/number-series").json().get("items"))).containsExactly("Eksport");

		// numbers handed out: the range must keep them, and the series cannot be deleted
		assertThat(acme.as(() -> numberSeries.allocate(null))).isEqualTo(100_000);
		assertThat(acme.as(() -> numberSeries.allocate(id))).isEqualTo(100_001);
		var below = admin.put("/api/v1/number-series/" + id, "{\"name\":\"Eksport\",\"firstNumber\":100000,\"lastNumber\":100000}");
		assertThat(below.status()).isEqualTo(400);
		assertThat(below.json().at("/errors/0/field").asString()).isEqualTo("lastNumber");
		assertThat(below.json().at("/errors/0/message").asString()).contains("100001");
		var inUse = admin.language("nb").delete("/api/v1/number-series/" + id);
		assertThat(inUse.status()).isEqualTo(400);
		assertThat(inUse.json().at("/errors/0/message").asString()).isEqualTo("Oppføringen er i bruk og kan ikke slettes.");

		// the last number, then a clear refusal; extending the range makes room again
		assertThat(acme.as(() -> numberSeries.allocate(id))).isEqualTo(100_002);
		var full = admin.language("en").get("/api/v1/number-series/" + id).json();
		assertThat(full.get("remaining").asLong()).isZero();
		assertThat(full.get("full").asBoolean()).isTrue();
		assertThatThrownBy(() -> acme.as(() -> numberSeries.allocate(id))).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("numberSeries.error.full"));
		var extended = admin.put("/api/v1/number-series/" + id, "{\"name\":\"Eksport\",\"firstNumber\":100000,\"lastNumber\":100010,\"isDefault\":true}");
		assertThat(extended.status()).isEqualTo(200);
		assertThat(extended.json().get("nextNumber").asLong()).isEqualTo(100_003);
		assertThat(acme.as(() -> numberSeries.allocate(null))).isEqualTo(100_003);

		// a series that never handed out a number can go
		var unused = admin.post("/api/v1/number-series", "{\"name\":\"Ubrukt\",\"firstNumber\":1,\"lastNumber\":9}").json().get("id").asString();
		assertThat(admin.delete("/api/v1/number-series/" + unused).status()).isEqualTo(204);
	}

	@Test
	void concurrentAllocationsNeverGiveANumberTwice() throws Exception {
		var series = acme.as(() -> numberSeries.save(null, "Parallell", 500_000L, 500_999L, false));
		int perThread = 25;
		var start = new CountDownLatch(1);
		Callable<List<Long>> worker = () -> {
			start.await();
			var got = new ArrayList<Long>();
			for (int i = 0; i < perThread; i++) {
				got.add(acme.as(() -> numberSeries.allocate(series.id())));
			}
			return got;
		};
		try (var pool = Executors.newFixedThreadPool(2)) {
			var a = pool.submit(worker);
			var b = pool.submit(worker);
			start.countDown();
			var all = new ArrayList<Long>(a.get());
			all.addAll(b.get());
			assertThat(new TreeSet<>(all)).hasSize(2 * perThread).first().isEqualTo(500_000L);
			assertThat(new TreeSet<>(all).last()).isEqualTo(500_000L + 2 * perThread - 1);
		}
		assertThat(acme.as(() -> numberSeries.find(series.id())).nextNumber()).isEqualTo(500_000L + 2 * perThread);
	}

	@Test
	void theApiDocumentDescribesTheRegisters() {
		var doc = new Api(port).get("/api/v1/openapi.json");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.json().get("paths").propertyNames()).contains("/api/v1/{register}", "/api/v1/{register}/{id}",
				"/api/v1/number-series", "/api/v1/number-series/{id}");
	}

	private static List<String> defaults(JsonNode items) {
		var names = new ArrayList<String>();
		items.forEach(i -> {
			if (i.get("isDefault").asBoolean()) {
				names.add(i.get("name").asString());
			}
		});
		return names;
	}
}
