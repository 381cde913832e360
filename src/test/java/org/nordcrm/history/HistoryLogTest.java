package org.nordcrm.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.Relation;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.settings.Registers;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Every write path leaves its trace: service calls, bulk updates, the API, and plain SQL that knows nothing of history. */
@NordCrmTest
class HistoryLogTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CompanyManagement companies;

	@Autowired
	ContactManagement contacts;

	@Autowired
	Registers registers;

	@Autowired
	HistoryLog history;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	TestTenant acme;
	UUID user;

	@BeforeEach
	void setUp() {
		acme = tenants.create("History");
		user = acme.user().id().value();
	}

	<T> T asUser(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(acme.id(), user, TenantContext.UI, work);
	}

	List<HistoryEntry> of(UUID record) {
		return acme.as(() -> history.forRecord(record, null, null, 100));
	}

	CompanyInput company(String name, org.nordcrm.settings.IndustryId industry) {
		return new CompanyInput(name, null, null, "NO", Set.of(Relation.CUSTOMER), null, industry, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void createChangeMoveLinkDeleteAreAllRecordedWithWhoAndThroughWhat() {
		var fishing = acme.as(() -> registers.saveIndustry(null, "Fiske", null));
		var farming = acme.as(() -> registers.saveIndustry(null, "Oppdrett", null));
		Company c = asUser(() -> companies.create(company("Alfa AS", fishing.id())));

		var created = of(c.id().value()).getFirst();
		assertThat(created.action()).isEqualTo("CREATED");
		assertThat(created.changes().get("name")[1].asString()).isEqualTo("Alfa AS");
		assertThat(created.actorId()).isEqualTo(user);
		assertThat(created.channel()).isEqualTo("ui");

		asUser(() -> companies.update(c.id(), new CompanyInput("Alfa Fisk AS", null, null, "NO", Set.of(Relation.CUSTOMER),
				c.statusId(), fishing.id(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null)));
		var renamed = of(c.id().value()).getFirst();
		assertThat(renamed.action()).isEqualTo("CHANGED");
		assertThat(renamed.changes()).containsOnlyKeys("name");
		assertThat(renamed.changes().get("name")[0].asString()).isEqualTo("Alfa AS");

		// the same data saved again changes nothing and records nothing
		int before = of(c.id().value()).size();
		asUser(() -> companies.update(c.id(), new CompanyInput("Alfa Fisk AS", null, null, "NO", Set.of(Relation.CUSTOMER),
				c.statusId(), fishing.id(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null)));
		assertThat(of(c.id().value())).hasSize(before);

		// a bulk update in one statement still leaves one entry per company
		acme.as(() -> companies.moveIndustry(fishing.id(), farming.id()));
		var moved = of(c.id().value()).getFirst();
		assertThat(moved.changes().get("industry_id")[1].asString()).isEqualTo(farming.id().toString());
		assertThat(moved.channel()).isEqualTo("system");

		var person = asUser(() -> contacts.create(new PersonInput("Kari", "Nordmann", null, List.of(), List.of("912 34 567"),
				List.of(), null, null, null, null, List.of(), false, null, null)));
		asUser(() -> contacts.link(person.id(), new LinkInput(c.id(), "CEO", null, null, null, true)));
		var linked = of(person.id().value()).getFirst();
		assertThat(linked.action()).isEqualTo("LINKED");
		assertThat(linked.relatedKind()).isEqualTo("company");
		assertThat(linked.relatedId()).isEqualTo(c.id().value());
		assertThat(of(c.id().value()).getFirst().relatedId()).isEqualTo(person.id().value());

		asUser(() -> {
			companies.delete(c.id());
			return null;
		});
		assertThat(of(c.id().value()).getFirst().action()).isEqualTo("DELETED");
	}

	@Test
	void theHistoryTabReadsInTheUsersLanguageWithNamesForIds() {
		Company c = asUser(() -> companies.create(company("Gamma AS", null)));
		var prospect = acme.as(() -> registers.statuses()).stream().filter(st -> st.name().equals("Prospekt")).findFirst().orElseThrow();
		asUser(() -> companies.update(c.id(), new CompanyInput("Gamma AS", null, null, "NO", Set.of(Relation.CUSTOMER),
				prospect.id(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null)));
		var web = new org.nordcrm.support.Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var tab = org.jsoup.Jsoup.parse(web.get("/history/company/" + c.id()).body());
		var newest = tab.select(".history-line").first();
		assertThat(newest.select(".history-action").text()).isEqualTo("Changed");
		assertThat(newest.select(".history-changes").text()).isEqualTo("Status: Aktiv → Prospekt");
		assertThat(newest.text()).contains(acme.user().name(), "in the browser");
		assertThat(tab.select(".history-line").last().select(".history-action").text()).isEqualTo("Created");

		var nothingYet = org.jsoup.Jsoup.parse(web.get("/history/company/" + c.id() + "?to=2020-01-01").body());
		assertThat(nothingYet.select(".history-line")).isEmpty();

		var other = tenants.create("Other history");
		var stranger = new org.nordcrm.support.Browserless(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/history/company/" + c.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void administratorsSeeEveryChangeFilteredByUserKindAndTime() {
		Company c = asUser(() -> companies.create(company("Delta AS", null)));
		acme.as(() -> registers.saveIndustry(null, "Skog", null));
		var admin = new org.nordcrm.support.Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var all = org.jsoup.Jsoup.parse(admin.get("/admin/history").body());
		assertThat(all.select(".history-line").eachText()).anyMatch(t -> t.contains("Delta AS") && t.contains("Created"))
			.anyMatch(t -> t.contains("Skog"));
		var byUser = org.jsoup.Jsoup.parse(admin.get("/admin/history?user=" + user + "&kind=company").body());
		assertThat(byUser.select(".history-line")).hasSize(1);
		assertThat(byUser.select(".history-line a").attr("href")).isEqualTo("/companies/" + c.id());
		var industries = org.jsoup.Jsoup.parse(admin.get("/admin/history?kind=industry").body());
		assertThat(industries.select(".history-line").text()).contains("Skog").doesNotContain("Delta AS");
		assertThat(org.jsoup.Jsoup.parse(admin.get("/admin/history?to=2020-01-01").body()).select(".history-line")).isEmpty();

		var seller = new org.nordcrm.support.Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(seller.get("/admin/history").statusCode()).isEqualTo(403);
	}

	@Test
	void aDeletedCompanyIsRestoredAsItWasWithItsContacts() {
		Company c = asUser(() -> companies.create(company("Epsilon Trelast AS", null)));
		var person = asUser(() -> contacts.create(new PersonInput("Eva", "Epsilon", null, List.of(), List.of(), List.of(), null,
				null, null, null, List.of(), false, null, null)));
		asUser(() -> contacts.link(person.id(), new LinkInput(c.id(), null, null, null, null, true)));
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(api.delete("/api/v1/companies/" + c.id()).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/search?q=epsilon%20trelast").json().get("items").size()).isZero();

		var admin = new org.nordcrm.support.Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var page = org.jsoup.Jsoup.parse(admin.get("/admin/restore").body());
		var row = page.select(".deleted-record").first();
		assertThat(row.select(".deleted-name").text()).isEqualTo("Epsilon Trelast AS");
		assertThat(row.text()).contains(acme.user().name());
		var action = row.select("form").attr("action");
		assertThat(admin.post(action, java.util.Map.of()).statusCode()).isEqualTo(302);

		assertThat(api.get("/api/v1/companies/" + c.id()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/companies/" + c.id() + "/contacts").json().size()).isEqualTo(1);
		assertThat(api.get("/api/v1/search?q=epsilon%20trelast").json().get("items").size()).isEqualTo(1);
		assertThat(of(c.id().value()).getFirst().action()).isEqualTo("RESTORED");
		assertThat(org.jsoup.Jsoup.parse(admin.get("/admin/restore").body()).select(".deleted-record")).isEmpty();
		var seller = new org.nordcrm.support.Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(seller.get("/admin/restore").statusCode()).isEqualTo(403);
	}

	@Test
	void plainSqlAndTheApiAreRecordedToo() {
		Company c = asUser(() -> companies.create(company("Beta AS", null)));
		acme.as(() -> tx.execute(s -> db.execute("update company set nickname = 'B' where id = ?", c.id().value())));
		var bySql = of(c.id().value()).getFirst();
		assertThat(bySql.changes().get("nickname")[1].asString()).isEqualTo("B");
		assertThat(bySql.channel()).isEqualTo("system");
		assertThat(bySql.actorId()).isNull();

		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(api.put("/api/v1/companies/" + c.id(), "{\"name\": \"Beta Norge AS\"}").status()).isEqualTo(200);
		var entries = api.get("/api/v1/history?record=" + c.id()).json().get("items");
		assertThat(entries.get(0).get("action").asString()).isEqualTo("CHANGED");
		assertThat(entries.get(0).at("/changes/name/1").asString()).isEqualTo("Beta Norge AS");
		assertThat(entries.get(0).at("/changes/name/0").asString()).isEqualTo("Beta AS");
		assertThat(api.get("/api/v1/history").status()).as("the whole tenant: administrators only").isEqualTo(400);
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		assertThat(admin.get("/api/v1/history?kind=company&limit=500").json().get("items").size()).isGreaterThanOrEqualTo(3);
		assertThat(api.delete("/api/v1/companies/" + c.id()).status()).isEqualTo(204);
		assertThat(api.post("/api/v1/companies/" + c.id() + "/restore", "").status()).isEqualTo(403);
		assertThat(admin.post("/api/v1/companies/" + c.id() + "/restore", "").json().get("name").asString()).isEqualTo("Beta Norge AS");
		assertThat(admin.post("/api/v1/companies/" + c.id() + "/restore", "").status()).as("not deleted").isEqualTo(404);
		var byApi = of(c.id().value()).get(2);
		assertThat(byApi.changes().get("name")[1].asString()).isEqualTo("Beta Norge AS");
		assertThat(byApi.channel()).isEqualTo("api");
		assertThat(byApi.actorId()).isEqualTo(user);
	}
}
