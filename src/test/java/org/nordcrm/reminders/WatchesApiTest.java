package org.nordcrm.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Watches through the REST API and the card's Watches tab, with no SMTP server or SMS gateway set up: CRUD with
 * history, optimistic locking and rescheduled deliveries, filters and paging, who may change what, the channels
 * that are off, and another tenant's watches.
 */
@NordCrmTest
class WatchesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api seller;
	Api admin;
	String company;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Watches");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
		company = seller.post("/api/v1/companies", "{\"name\": \"Fjordkraft Handel AS\"}").json().get("id").asString();
	}

	JsonNode watch(Api api, String kind, String record, String label, String when) {
		var r = api.post("/api/v1/watches", """
				{"recordKind": "%s", "recordId": "%s", "label": "%s", "watchAt": "%s", "beforeAmount": 15, "beforeUnit": "MINUTES",
				 "channels": ["APP"]}""".formatted(kind, record, label, when));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	static List<String> labels(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		var labels = new ArrayList<String>();
		r.json().get("items").forEach(w -> labels.add(w.get("label").asString()));
		return labels;
	}

	@Test
	void watchesAreMadeReadChangedAndDeletedWithTheirDeliveriesFollowing() {
		var w = watch(seller, "company", company, "Contract renewal", "2099-03-01T10:00");
		var id = w.get("id").asString();
		assertThat(w.get("ownerId").asString()).isEqualTo(acme.user().id().toString());
		assertThat(OffsetDateTime.parse(w.get("remindAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2099-03-01T09:45+01:00").toInstant());
		assertThat(w.get("deliveries").findValuesAsString("status")).containsExactly("PENDING");

		var changed = seller.put("/api/v1/watches/" + id, """
				{"label": "Contract renewal, call Kari", "watchAt": "2099-04-01", "beforeAmount": 1, "beforeUnit": "WEEKS",
				 "channels": ["APP"], "version": 0}""");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);
		var delivery = changed.json().get("deliveries").get(0);
		assertThat(OffsetDateTime.parse(delivery.get("dueAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2099-03-25T08:00+01:00").toInstant());

		var stale = seller.put("/api/v1/watches/" + id, "{\"label\": \"Old\", \"watchAt\": \"2099-04-01\", \"channels\": [\"APP\"], \"version\": 0}");
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("changed this record while you were editing");

		// a colleague sees the watch but may not change it; an administrator may
		var colleague = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var mine = watch(admin, "company", company, "Admin's watch", "2099-05-01");
		assertThat(seller.put("/api/v1/watches/" + mine.get("id").asString(), "{\"label\": \"x\", \"watchAt\": \"2099-05-01\", \"channels\": [\"APP\"]}").status())
			.isEqualTo(403);
		assertThat(seller.delete("/api/v1/watches/" + mine.get("id").asString()).status()).isEqualTo(403);
		assertThat(colleague.get("/api/v1/watches/" + id).status()).isEqualTo(200);

		var history = seller.get("/api/v1/history?record=" + id).json().get("items");
		assertThat(history.findValuesAsString("action")).containsExactly("CHANGED", "CREATED");
		assertThat(history.toString()).contains("Contract renewal, call Kari");

		assertThat(seller.delete("/api/v1/watches/" + id).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/watches/" + id).status()).isEqualTo(404);
		assertThat(labels(seller.get("/api/v1/watches?recordKind=company&recordId=" + company))).containsExactly("Admin's watch");

		// another tenant sees nothing of it
		var other = new Api(port).login(tenants.create("Watches other").admin().email(), TestTenants.PASSWORD);
		assertThat(other.get("/api/v1/watches/" + mine.get("id").asString()).status()).isEqualTo(404);
		assertThat(other.put("/api/v1/watches/" + mine.get("id").asString(), "{}").status()).isEqualTo(404);
		assertThat(labels(other.get("/api/v1/watches"))).isEmpty();
	}

	@Test
	void listsFilterByRecordOwnerAndTimeAndPageByCursorSoonestFirst() {
		var person = seller.post("/api/v1/contacts", "{\"firstName\": \"Kari\", \"lastName\": \"Nordmann\"}").json().get("id").asString();
		for (int i = 1; i <= 5; i++) {
			watch(seller, "company", company, "Company " + i, "2099-0" + i + "-10");
		}
		watch(seller, "person", person, "Birthday", "2099-02-01");
		watch(admin, "company", company, "Admin's", "2099-01-01");

		assertThat(labels(seller.get("/api/v1/watches?recordKind=person&recordId=" + person))).containsExactly("Birthday");
		assertThat(labels(seller.get("/api/v1/watches?owner=" + acme.admin().id()))).containsExactly("Admin's");
		assertThat(labels(seller.get("/api/v1/watches?from=2099-02-01T00:00:00Z&to=2099-04-01T00:00:00Z")))
			.containsExactly("Birthday", "Company 2", "Company 3");
		assertThat(labels(seller.get("/api/v1/watches?status=SENT"))).isEmpty();

		var first = seller.get("/api/v1/watches?recordKind=company&recordId=" + company + "&limit=4");
		assertThat(labels(first)).containsExactly("Admin's", "Company 1", "Company 2", "Company 3");
		var second = seller.get("/api/v1/watches?recordKind=company&recordId=" + company + "&limit=4&after=" + first.json().get("next").asString());
		assertThat(labels(second)).containsExactly("Company 4", "Company 5");
		assertThat(second.json().get("next").isNull()).isTrue();

		assertThat(seller.get("/api/v1/watches?status=LOST").status()).isEqualTo(400);
		assertThat(seller.get("/api/v1/watches?after=nonsense").status()).isEqualTo(400);
	}

	@Test
	void channelsThatAreNotSetUpAreRefusedClearly() {
		var r = seller.language("sv").post("/api/v1/watches", """
				{"recordKind": "company", "recordId": "%s", "label": "Avtal", "watchAt": "2099-03-01", "channels": ["EMAIL", "SMS"]}"""
			.formatted(company));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").toString()).contains("ingen SMTP-server", "ingen SMS-tjänst");
	}

	@Test
	void theCardsWatchesTabListsTheRecordsWatchesAndAddsOne() {
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/companies/" + company);
		var tab = Jsoup.parse(web.get("/watches/record/company/" + company).body());
		assertThat(tab.select(".watches-none")).hasSize(1);
		// the channels not set up cannot be chosen
		assertThat(tab.select("input[name=channels][value=EMAIL]").attr("disabled")).isNotNull();
		assertThat(tab.select("input[name=channels][value=SMS][disabled]")).hasSize(1);

		var bad = web.post("/watches/record/company/" + company, Map.of("label", "", "watchAt", "2001-01-01", "beforeAmount", "1",
				"beforeUnit", "DAYS", "channels", "APP"));
		var errors = Jsoup.parse(bad.body());
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(200);
		assertThat(errors.select("input#label.is-invalid")).hasSize(1);
		assertThat(errors.select("input#watchAt.is-invalid")).hasSize(1);
		assertThat(errors.select(".invalid-feedback").text()).contains("Fill in this field", "The reminder would come in the past");

		var ok = web.post("/watches/record/company/" + company, Map.of("label", "Contract <b>renewal</b>", "watchAt", "2099-03-01",
				"time", "", "beforeAmount", "1", "beforeUnit", "WEEKS", "channels", "APP"));
		assertThat(ok.statusCode()).isEqualTo(302);
		var after = Jsoup.parse(web.get("/watches/record/company/" + company).body());
		assertThat(after.select(".watch-item .watch-label").text()).isEqualTo("Contract <b>renewal</b>");
		assertThat(after.select(".watch-delivery[data-status=PENDING]")).hasSize(1);
		var list = Jsoup.parse(web.get("/watches").body());
		assertThat(list.select(".watch-item .watch-label").eachText()).containsExactly("Contract <b>renewal</b>");
		assertThat(list.select(".watch-item .watch-record").text()).isEqualTo("Fjordkraft Handel AS");
		assertThat(web.get("/watches/record/planet/" + company).statusCode()).isEqualTo(404);

		// the account page's mobile number, where SMS reminders go
		web.get("/account/mobile");
		var wrong = Jsoup.parse(web.post("/account/mobile", Map.of("mobile", "call me")).body());
		assertThat(wrong.select("input#mobile.is-invalid")).hasSize(1);
		assertThat(wrong.select("input#mobile").val()).isEqualTo("call me");
		assertThat(web.post("/account/mobile", Map.of("mobile", "+46 70 123 45 67")).statusCode()).isEqualTo(302);
		assertThat(seller.get("/api/v1/me/mobile").json().get("mobile").asString()).isEqualTo("+46701234567");
	}
}
