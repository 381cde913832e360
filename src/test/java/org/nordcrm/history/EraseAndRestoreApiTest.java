package org.nordcrm.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nordcrm.jooq.Tables.COMPANY;
import static org.nordcrm.jooq.Tables.HISTORY;

import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** Erasing for good (GDPR) leaves no personal data, only the fact; restoring copes with a number given away meanwhile. */
@NordCrmTest
class EraseAndRestoreApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	TestTenant acme;
	Api seller;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Erase");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
	}

	JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	@Test
	void erasingAPersonRemovesTheirDataEverywhereAndRecordsOnlyTheErasure() {
		var company = created(seller.post("/api/v1/companies", "{\"name\": \"Hemmelig Holding AS\"}")).get("id").asString();
		var person = created(seller.post("/api/v1/contacts", """
				{"firstName": "Ola", "lastName": "Anonymsen", "mobiles": ["915 55 555"], "emails": ["ola@anonymsen.no"],
				 "note": "Allergisk mot katter"}""")).get("id").asString();
		created(seller.post("/api/v1/contacts/" + person + "/companies", """
				{"companyId": "%s", "position": "Kattepasser", "workEmail": "ola@hemmelig.no"}""".formatted(company)));
		seller.put("/api/v1/contacts/" + person, """
				{"firstName": "Ola", "lastName": "Anonymsen", "mobiles": ["915 55 556"], "emails": ["ola@anonymsen.no"]}""");

		// a second copy of him was merged into him: erasing him erases the copy too, it is the same person
		var copy = created(seller.post("/api/v1/contacts", """
				{"firstName": "Ola", "lastName": "Anonymsen", "emails": ["ola.kopi@anonymsen.no"]}""")).get("id").asString();
		created(seller.post("/api/v1/merges", "{\"kind\": \"person\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(person, copy)));

		var live = admin.post("/api/v1/contacts/" + person + "/erase?confirm=true", "{}");
		assertThat(live.status()).as("only a deleted record can be erased").isEqualTo(404);
		assertThat(seller.delete("/api/v1/contacts/" + person).status()).isEqualTo(204);
		assertThat(seller.post("/api/v1/contacts/" + person + "/erase?confirm=true", "{}").status()).isEqualTo(403);
		var unconfirmed = admin.post("/api/v1/contacts/" + person + "/erase", "{}");
		assertThat(unconfirmed.status()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("confirm");

		assertThat(admin.post("/api/v1/contacts/" + person + "/erase?confirm=true", "{}").status()).isEqualTo(204);
		assertThat(admin.get("/api/v1/contacts/" + person).status()).isEqualTo(404);
		assertThat(admin.post("/api/v1/contacts/" + person + "/restore", "{}").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/companies/" + company + "/contacts").json().size()).isZero();
		assertThat(admin.get("/api/v1/merges?record=" + person).json().get("items").size()).isZero();
		assertThat(admin.get("/api/v1/history?record=" + copy).json().get("items").get(0).get("action").asString()).isEqualTo("PURGED");

		// not one history entry of the tenant still holds a value of hers, but the erasure is there, with who did it
		var all = admin.get("/api/v1/history?limit=500");
		assertThat(all.body()).doesNotContain("Anonymsen", "anonymsen.no", "hemmelig.no", "Kattepasser", "katter", "+4791555");
		var own = admin.get("/api/v1/history?record=" + person).json().get("items");
		var erased = own.get(0);
		assertThat(erased.get("action").asString()).isEqualTo("PURGED");
		assertThat(erased.get("actorId").asString()).isEqualTo(acme.admin().id().value().toString());
		assertThat(erased.get("changes").size()).isZero();
		assertThat(admin.get("/api/v1/search?q=Anonymsen").body()).doesNotContain("Anonymsen");
	}

	@Test
	void restoringACompanyWhoseNumberWasGivenAwayAsksForANewNumber() {
		var old = created(seller.post("/api/v1/companies", "{\"name\": \"Gamle Nummer AS\"}"));
		var id = old.get("id").asString();
		long number = old.get("customerNumber").asLong();
		var taker = created(seller.post("/api/v1/companies", "{\"name\": \"Ny Eier AS\"}")).get("id").asString();
		assertThat(seller.delete("/api/v1/companies/" + id).status()).isEqualTo(204);
		// an import from the previous system brings its own customer numbers: one of them is the deleted company's
		int taken = acme.as(() -> tx.execute(s -> db.update(COMPANY).set(COMPANY.CUSTOMER_NUMBER, number)
			.where(COMPANY.ID.eq(UUID.fromString(taker))).execute()));
		assertThat(taken).isEqualTo(1);

		var refused = admin.post("/api/v1/companies/" + id + "/restore", "{}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Customer number " + number + " now belongs to Ny Eier AS");
		assertThat(admin.get("/api/v1/companies/" + id).status()).as("nothing half-done").isEqualTo(404);

		var restored = admin.post("/api/v1/companies/" + id + "/restore?renumber=true", "{}");
		assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		assertThat(restored.json().get("customerNumber").asLong()).isNotEqualTo(number);
		assertThat(admin.get("/api/v1/companies/" + taker).json().get("customerNumber").asLong()).isEqualTo(number);
		var change = acme.as(() -> tx.execute(s -> db.select(HISTORY.CHANGES).from(HISTORY).where(HISTORY.RECORD_ID.eq(UUID.fromString(id)))
			.orderBy(HISTORY.ID.desc()).limit(1).fetchOne(HISTORY.CHANGES))).data();
		assertThat(change).as("the new number is in history").contains("customer_number", String.valueOf(number));
	}
}
