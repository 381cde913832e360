package org.nordcrm.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import tools.jackson.databind.JsonNode;

/** Tasks through the REST API: CRUD, filters, paging, bad input, another tenant, the status register, the event. */
@NordCrmTest
class TasksApiTest {

	/** Keeps every TaskChanged published while a test runs (a listener added to the shared context, not a new context). */
	static class Events {

		final List<TaskChanged> seen = new CopyOnWriteArrayList<>();
		final ApplicationListener<PayloadApplicationEvent<TaskChanged>> listener = ApplicationListener.forPayload(seen::add);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	TaskManagement management;

	@Autowired
	ConfigurableApplicationContext context;

	final Events events = new Events();

	TestTenant acme;
	Api seller;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Tasks");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
		context.addApplicationListener(events.listener);
	}

	@AfterEach
	void stopListening() {
		context.removeApplicationListener(events.listener);
	}

	static JsonNode ok(Api.Response r, int status) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		return r.json();
	}

	String company(String name) {
		return ok(seller.post("/api/v1/companies", "{\"name\": \"%s\"}".formatted(name)), 201).get("id").asString();
	}

	String person(String first, String last) {
		return ok(seller.post("/api/v1/contacts", "{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(first, last)), 201)
			.get("id").asString();
	}

	String status(Api api, String name) {
		for (var s : ok(api.get("/api/v1/task-statuses"), 200)) {
			if (s.get("name").asString().equals(name)) {
				return s.get("id").asString();
			}
		}
		throw new AssertionError("no status " + name);
	}

	JsonNode task(String json) {
		return ok(seller.post("/api/v1/tasks", json), 201);
	}

	static List<String> titles(Api.Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		var titles = new ArrayList<String>();
		list.json().get("items").forEach(n -> titles.add(n.get("title").asString()));
		return titles;
	}

	@Test
	void newTenantsHaveTheFiveStatusesInOrderAndAdministratorsKeepTheRegister() {
		var list = ok(seller.get("/api/v1/task-statuses"), 200);
		assertThat(list.findValuesAsString("name")).containsExactly("Ikke startet", "Pågår", "Venter", "Fullført", "Avbrutt");
		assertThat(list.findValues("closes").stream().map(JsonNode::asBoolean).toList()).containsExactly(false, false, false, true, true);

		assertThat(seller.post("/api/v1/task-statuses", "{\"name\": \"Parkert\"}").status()).isEqualTo(403);
		var parked = ok(admin.post("/api/v1/task-statuses", "{\"name\": \"Parkert\"}"), 201).get("id").asString();
		ok(admin.post("/api/v1/task-statuses/" + parked + "/up", "{}"), 200);
		ok(admin.post("/api/v1/task-statuses/" + parked + "/up", "{}"), 200);
		assertThat(ok(seller.get("/api/v1/task-statuses"), 200).findValuesAsString("name"))
			.containsExactly("Ikke startet", "Pågår", "Venter", "Parkert", "Fullført", "Avbrutt");
		var renamed = ok(admin.put("/api/v1/task-statuses/" + parked, "{\"name\": \"På vent\", \"version\": 0}"), 200);
		assertThat(renamed.get("name").asString()).isEqualTo("På vent");
		var taken = admin.post("/api/v1/task-statuses", "{\"name\": \"pågår\"}");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.json().get("errors").toString()).contains("\"field\":\"name\"");

		// a status in use is kept
		task("{\"title\": \"Parkert sak\", \"statusId\": \"%s\"}".formatted(parked));
		var inUse = admin.delete("/api/v1/task-statuses/" + parked);
		assertThat(inUse.status()).isEqualTo(400);
		assertThat(inUse.body()).contains("in use");
		var unused = ok(admin.post("/api/v1/task-statuses", "{\"name\": \"Ubrukt\", \"closes\": true}"), 201).get("id").asString();
		assertThat(admin.delete("/api/v1/task-statuses/" + unused).status()).isEqualTo(204);
	}

	@Test
	void tasksAreCreatedReadChangedAndDeletedWithHistoryAndEvents() {
		var fjord = company("Fjordkraft Handel AS");
		var kari = person("Kari", "Nordmann");
		var created = task("""
				{"title": "Ring Kari om fornyelse", "description": "Hun vil ha et tilbud", "due": "2030-03-01T14:00:00+01:00",
				 "priority": "high", "companyId": "%s", "personId": "%s"}""".formatted(fjord, kari));
		var id = created.get("id").asString();
		assertThat(created.get("priority").asString()).isEqualTo("HIGH");
		assertThat(created.get("ownerId").asString()).isEqualTo(acme.user().id().toString());
		assertThat(created.get("statusName").asString()).isEqualTo("Ikke startet");
		assertThat(created.get("open").asBoolean()).isTrue();
		assertThat(created.get("overdue").asBoolean()).isFalse();
		assertThat(created.get("allDay").asBoolean()).isFalse();
		assertThat(Instant.parse(created.get("due").asString())).isEqualTo(Instant.parse("2030-03-01T13:00:00Z"));
		assertThat(created.get("companyId").asString()).isEqualTo(fjord);
		assertThat(created.get("personId").asString()).isEqualTo(kari);
		assertThat(events.seen).anyMatch(e -> e.taskId().toString().equals(id) && e.open());

		// a day without a time: due that day, in the user's zone (Europe/Oslo)
		var friday = task("{\"title\": \"Send kontrakt\", \"due\": \"2030-03-08\"}");
		assertThat(friday.get("allDay").asBoolean()).isTrue();
		assertThat(Instant.parse(friday.get("due").asString()))
			.isEqualTo(LocalDate.parse("2030-03-08").atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());

		var done = status(seller, "Fullført");
		events.seen.clear();
		var changed = ok(seller.put("/api/v1/tasks/" + id, "{\"statusId\": \"%s\", \"version\": 0}".formatted(done)), 200);
		assertThat(changed.get("open").asBoolean()).isFalse();
		assertThat(changed.get("completedAt").isNull()).isFalse();
		assertThat(changed.get("title").asString()).as("fields left out keep their value").isEqualTo("Ring Kari om fornyelse");
		assertThat(changed.get("version").asInt()).isEqualTo(1);
		assertThat(events.seen).singleElement().satisfies(e -> assertThat(e.open()).isFalse());

		// the one who saved from an old copy is told, not silently overwritten
		var stale = seller.put("/api/v1/tasks/" + id, "{\"title\": \"Gammel\", \"version\": 0}");
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("changed this record while you were editing");

		var reopened = ok(seller.put("/api/v1/tasks/" + id, "{\"statusId\": \"%s\", \"personId\": \"\", \"description\": \"\"}"
			.formatted(status(seller, "Pågår"))), 200);
		assertThat(reopened.get("completedAt").isNull()).isTrue();
		assertThat(reopened.get("personId").isNull()).isTrue();
		assertThat(reopened.get("description").isNull()).isTrue();

		var history = ok(seller.get("/api/v1/history?record=" + id), 200).get("items");
		assertThat(history.findValuesAsString("action")).containsExactly("CHANGED", "CHANGED", "CREATED");

		assertThat(seller.delete("/api/v1/tasks/" + id).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/tasks/" + id).status()).isEqualTo(404);
		assertThat(titles(seller.get("/api/v1/tasks?record=" + fjord))).isEmpty();
		assertThat(events.seen.getLast().due()).isNull();
	}

	@Test
	void listsFilterByRecordOwnerSeveralStatusesDueRangeAndOverdueAndPageByCursor() {
		var fjord = company("Fjord AS");
		var berg = company("Berg AS");
		var waiting = status(seller, "Venter");
		var done = status(seller, "Fullført");
		var yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		task("{\"title\": \"Forfalt\", \"due\": \"%s\", \"companyId\": \"%s\"}".formatted(yesterday, fjord));
		task("{\"title\": \"Venter på svar\", \"due\": \"2030-01-10T09:00\", \"statusId\": \"%s\", \"companyId\": \"%s\"}".formatted(waiting, fjord));
		task("{\"title\": \"Ferdig\", \"due\": \"%s\", \"statusId\": \"%s\", \"companyId\": \"%s\"}".formatted(yesterday, done, fjord));
		task("{\"title\": \"Admin sin\", \"ownerId\": \"%s\", \"companyId\": \"%s\", \"due\": \"2030-02-01\"}".formatted(acme.admin().id(), berg));
		// due today without a time is not overdue before the day is over
		task("{\"title\": \"I dag\", \"due\": \"%s\"}".formatted(LocalDate.now(ZoneId.of("Europe/Oslo"))));

		assertThat(titles(seller.get("/api/v1/tasks?record=" + fjord))).containsExactly("Ferdig", "Venter på svar", "Forfalt");
		assertThat(titles(seller.get("/api/v1/tasks?owner=" + acme.admin().id()))).containsExactly("Admin sin");
		assertThat(titles(seller.get("/api/v1/tasks?status=" + waiting + "&status=" + done))).containsExactly("Ferdig", "Venter på svar");
		assertThat(titles(seller.get("/api/v1/tasks?status=" + waiting + "," + done))).containsExactly("Ferdig", "Venter på svar");
		assertThat(titles(seller.get("/api/v1/tasks?overdue=true"))).containsExactly("Forfalt");
		assertThat(titles(seller.get("/api/v1/tasks?open=false"))).containsExactly("Ferdig");
		assertThat(titles(seller.get("/api/v1/tasks?dueFrom=2030-01-01&dueTo=2030-01-31"))).containsExactly("Venter på svar");
		assertThat(titles(seller.get("/api/v1/tasks?dueFrom=2030-01-10&dueTo=2030-02-01"))).containsExactly("Admin sin", "Venter på svar");

		var first = seller.get("/api/v1/tasks?limit=2");
		assertThat(titles(first)).containsExactly("I dag", "Admin sin");
		var second = seller.get("/api/v1/tasks?limit=2&after=" + first.json().get("next").asString());
		assertThat(titles(second)).containsExactly("Ferdig", "Venter på svar");
		var third = seller.get("/api/v1/tasks?limit=2&after=" + second.json().get("next").asString());
		assertThat(titles(third)).containsExactly("Forfalt");
		assertThat(third.json().get("next").isNull()).isTrue();

		// what a calendar feed asks for: the owner's open tasks due in a range
		var due = TenantContext.callAs(acme.id(), acme.user().id().value(), TenantContext.SYSTEM,
				() -> management.dueFor(acme.user().id(), Instant.parse("2029-12-31T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z")));
		assertThat(due).extracting(Task::title).containsExactly("Venter på svar");

		for (var bad : List.of("status=nonsense", "owner=" + tenants.create("Tasks other").user().id(), "dueFrom=yesterday",
				"overdue=maybe", "after=nonsense", "limit=0", "record=x")) {
			var r = seller.get("/api/v1/tasks?" + bad);
			assertThat(r.status()).as(bad).isEqualTo(400);
			assertThat(r.json().get("errors")).as(bad).isNotNull();
		}
	}

	@Test
	void badInputGetsFieldErrorsInTheUsersLanguageAndSavesNothing() {
		var fjord = company("Fjordkraft AS");
		var empty = seller.post("/api/v1/tasks", "{\"title\": \"  \", \"companyId\": \"%s\"}".formatted(fjord));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").toString()).contains("\"field\":\"title\"", "Fill in this field.");

		var huge = seller.language("nb").post("/api/v1/tasks", "{\"title\": \"Stor\", \"description\": \"%s\"}".formatted("x".repeat(1024 * 1024)));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").toString()).contains("\"field\":\"description\"", "Høyst 10");

		var due = seller.post("/api/v1/tasks", "{\"title\": \"Frist\", \"due\": \"neste fredag\"}");
		assertThat(due.status()).isEqualTo(400);
		assertThat(due.json().get("errors").toString()).contains("\"field\":\"due\"", "Skriv en dato");
		var year = seller.post("/api/v1/tasks", "{\"title\": \"Frist\", \"due\": \"20300-01-01\"}");
		assertThat(year.json().get("errors").toString()).contains("\"field\":\"due\"");
		seller.language("en");

		var stranger = tenants.create("Tasks stranger");
		var strangerApi = new Api(port).login(stranger.admin().email(), TestTenants.PASSWORD);
		var theirCompany = ok(strangerApi.post("/api/v1/companies", "{\"name\": \"Hemmelig AS\"}"), 201).get("id").asString();
		var theirPerson = ok(strangerApi.post("/api/v1/contacts", "{\"firstName\": \"Hemmelig\", \"lastName\": \"Person\"}"), 201).get("id").asString();
		var theirStatus = status(strangerApi, "Pågår");
		var foreign = seller.post("/api/v1/tasks", """
				{"title": "Lure", "statusId": "%s", "ownerId": "%s", "companyId": "%s", "personId": "%s", "priority": "urgent"}"""
			.formatted(theirStatus, stranger.user().id(), theirCompany, theirPerson));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").toString()).contains("\"field\":\"statusId\"", "\"field\":\"ownerId\"",
				"\"field\":\"companyId\"", "\"field\":\"personId\"", "\"field\":\"priority\"", "does not exist");

		var deleted = company("Slettet AS");
		assertThat(seller.delete("/api/v1/companies/" + deleted).status()).isEqualTo(204);
		var onDeleted = seller.post("/api/v1/tasks", "{\"title\": \"Hei\", \"companyId\": \"%s\"}".formatted(deleted));
		assertThat(onDeleted.json().get("errors").toString()).contains("\"field\":\"companyId\"");
		var notId = seller.post("/api/v1/tasks", "{\"title\": \"Hei\", \"companyId\": \"abc\"}");
		assertThat(notId.json().get("errors").toString()).contains("\"field\":\"companyId\"");
		assertThat(seller.post("/api/v1/tasks", "{\"title\": ").status()).isEqualTo(400);
		assertThat(titles(seller.get("/api/v1/tasks?owner=" + acme.user().id()))).isEmpty();

		// another tenant's task is not there
		var mine = task("{\"title\": \"Min\", \"companyId\": \"%s\"}".formatted(fjord)).get("id").asString();
		assertThat(strangerApi.get("/api/v1/tasks/" + mine).status()).isEqualTo(404);
		assertThat(strangerApi.put("/api/v1/tasks/" + mine, "{\"title\": \"Tatt\"}").status()).isEqualTo(404);
		assertThat(strangerApi.delete("/api/v1/tasks/" + mine).status()).isEqualTo(404);
		assertThat(titles(strangerApi.get("/api/v1/tasks"))).isEmpty();
		assertThat(seller.get("/api/v1/tasks/" + mine).json().get("title").asString()).isEqualTo("Min");
	}
}
