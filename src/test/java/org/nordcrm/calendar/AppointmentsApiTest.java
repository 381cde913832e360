package org.nordcrm.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Appointments through the REST API and the pages: booking, lists, owners, bad input, merge, erasure and the ICS feed. */
@NordCrmTest
class AppointmentsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CalendarFeedManagement feeds;

	TestTenant acme;
	Api seller;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Calendar");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
	}

	String company(String name) {
		return seller.create("/api/v1/companies", "{\"name\": \"%s\"}".formatted(name)).get("id").asString();
	}

	static String person(Api api, String first, String last) {
		return api.create("/api/v1/contacts", "{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(first, last)).get("id").asString();
	}

	static String at(int daysFromNow, int hour) {
		return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(daysFromNow, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS).toString();
	}

	String book(Api api, String title, String start, String end, String more) {
		var json = "{\"title\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"%s}".formatted(title, start, end, more.isEmpty() ? "" : ", " + more);
		return api.create("/api/v1/appointments", json).get("id").asString();
	}

	static List<String> titles(Api.Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").findValuesAsString("title");
	}

	@Test
	void appointmentsAreBookedReadChangedAndDeletedWithHistory() {
		var fjord = company("Fjordkraft AS");
		var kari = person(seller, "Kari", "Nordmann");
		var json = seller.create("/api/v1/appointments", """
				{"title": "Kontraktsmøte", "place": "Bergen", "description": "Ny avtale", "start": "%s", "end": "%s",
				 "companyId": "%s", "personIds": ["%s"], "participantUserIds": ["%s"], "participantPersonIds": ["%s"]}"""
			.formatted(at(2, 9), at(2, 10), fjord, kari, acme.admin().id(), kari));
		var id = json.get("id").asString();
		assertThat(json.get("ownerId").asString()).isEqualTo(acme.user().id().toString());
		assertThat(json.get("companyId").asString()).isEqualTo(fjord);
		assertThat(json.get("participantUserIds").get(0).asString()).isEqualTo(acme.admin().id().toString());
		assertThat(json.get("version").asInt()).isZero();

		var read = seller.get("/api/v1/appointments/" + id).json();
		assertThat(read.get("title").asString()).isEqualTo("Kontraktsmøte");
		assertThat(Instant.parse(read.get("start").asString().replace("+00:00", "Z"))).isEqualTo(Instant.parse(at(2, 9)));

		var changed = seller.put("/api/v1/appointments/" + id, """
				{"title": "Kontraktsmøte 2", "start": "%s", "end": "%s", "companyId": "%s", "version": 0}""".formatted(at(2, 11), at(2, 12), fjord));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);
		assertThat(changed.json().get("personIds").size()).isZero();
		// the version read before is stale now
		var stale = seller.put("/api/v1/appointments/" + id, """
				{"title": "Gammel", "start": "%s", "end": "%s", "version": 0}""".formatted(at(2, 11), at(2, 12)));
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("Someone else changed this record");

		// an all-day appointment over two days
		var allDay = seller.create("/api/v1/appointments", """
				{"title": "Messe", "allDay": true, "startDate": "2027-03-01", "endDate": "2027-03-02", "companyId": "%s"}""".formatted(fjord));
		assertThat(allDay.get("allDay").asBoolean()).isTrue();

		var history = admin.get("/api/v1/history?record=" + id).json().get("items");
		assertThat(history.findValuesAsString("action")).contains("CREATED", "CHANGED", "LINKED", "UNLINKED");

		assertThat(seller.delete("/api/v1/appointments/" + id).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/appointments/" + id).status()).isEqualTo(404);
		assertThat(titles(seller.get("/api/v1/appointments?record=" + fjord))).containsExactly("Messe");
	}

	@Test
	void listsFilterByRecordOwnerParticipantAndTimeAndPageWithACursor() {
		var fjord = company("Fjordkraft AS");
		var ola = person(seller, "Ola", "Nordmann");
		book(seller, "A", at(1, 9), at(1, 10), "\"companyId\": \"%s\"".formatted(fjord));
		book(seller, "B", at(3, 9), at(3, 10), "\"personIds\": [\"%s\"]".formatted(ola));
		book(admin, "C", at(5, 9), at(5, 10), "\"participantPersonIds\": [\"%s\"], \"participantUserIds\": [\"%s\"]".formatted(ola, acme.user().id()));

		assertThat(titles(seller.get("/api/v1/appointments?record=" + fjord))).containsExactly("A");
		assertThat(titles(seller.get("/api/v1/appointments?record=" + ola))).containsExactly("C", "B");
		assertThat(titles(seller.get("/api/v1/appointments?owner=" + acme.admin().id()))).containsExactly("C");
		assertThat(titles(seller.get("/api/v1/appointments?participant=" + acme.user().id()))).containsExactly("C");
		assertThat(titles(seller.get("/api/v1/appointments?participant=" + ola))).containsExactly("C");
		assertThat(titles(seller.get("/api/v1/appointments?from=" + at(2, 0) + "&to=" + at(4, 0)))).containsExactly("B");

		var first = seller.get("/api/v1/appointments?limit=2");
		assertThat(titles(first)).containsExactly("C", "B");
		var next = first.json().get("next").asString();
		var second = seller.get("/api/v1/appointments?limit=2&after=" + next);
		assertThat(titles(second)).containsExactly("A");
		assertThat(second.json().get("next").isNull()).isTrue();
		assertThat(seller.get("/api/v1/appointments?after=nonsense").status()).isEqualTo(400);
	}

	@Test
	void severalAppointmentsChangeOwnerInOneStepWithHistoryForEach() {
		var fjord = company("Fjordkraft AS");
		var a = book(seller, "A", at(1, 9), at(1, 10), "\"companyId\": \"%s\"".formatted(fjord));
		var b = book(seller, "B", at(2, 9), at(2, 10), "\"companyId\": \"%s\"".formatted(fjord));
		var changed = seller.post("/api/v1/appointments/owner", "{\"ids\": [\"%s\", \"%s\"], \"ownerId\": \"%s\"}".formatted(a, b, acme.admin().id()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("changed").asInt()).isEqualTo(2);
		assertThat(titles(seller.get("/api/v1/appointments?owner=" + acme.admin().id()))).containsExactlyInAnyOrder("A", "B");
		for (var id : List.of(a, b)) {
			assertThat(admin.get("/api/v1/history?record=" + id).json().get("items").toString()).contains("owner_id");
		}
		// an unknown owner changes nothing
		var other = tenants.create("Other");
		var refused = seller.post("/api/v1/appointments/owner", "{\"ids\": [\"%s\"], \"ownerId\": \"%s\"}".formatted(a, other.user().id()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").toString()).contains("\"field\":\"ownerId\"");
		assertThat(seller.post("/api/v1/appointments/owner", "{\"ids\": [], \"ownerId\": \"%s\"}".formatted(acme.user().id())).status()).isEqualTo(400);

		// the same on the company's Meetings tab: tick both, choose the owner
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var tab = Jsoup.parse(web.get("/calendar/record/company/" + fjord).body());
		assertThat(tab.select(".meetings-upcoming .meeting-title").eachText()).containsExactly("A", "B");
		web.get("/companies/" + fjord);
		var form = new java.util.LinkedHashMap<String, String>();
		form.put("ids", a);
		form.put("ownerId", acme.user().id().toString());
		var posted = web.post("/calendar/record/company/" + fjord + "/owner", form);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(Browserless.location(posted)).endsWith("/companies/" + fjord + "?tab=meetings");
		assertThat(titles(seller.get("/api/v1/appointments?owner=" + acme.user().id()))).containsExactly("A");
	}

	@Test
	void badInputGetsFieldErrorsInTheUsersLanguageAndNothingIsWritten() {
		var other = tenants.create("Foreign");
		var otherApi = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		var foreigner = person(otherApi, "Fremmed", "Person");

		var endBeforeStart = seller.language("nb").post("/api/v1/appointments",
				"{\"title\": \"X\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(at(1, 10), at(1, 9)));
		assertThat(endBeforeStart.status()).isEqualTo(400);
		assertThat(endBeforeStart.json().get("errors").toString()).contains("\"field\":\"end\"", "Slutten kan ikke være før starten.");

		var empty = seller.language("en").post("/api/v1/appointments", "{\"title\": \"  \", \"start\": \"%s\", \"end\": \"%s\"}".formatted(at(1, 9), at(1, 10)));
		assertThat(empty.json().get("errors").toString()).contains("\"field\":\"title\"", "Fill in this field.");

		var huge = seller.post("/api/v1/appointments", "{\"title\": \"X\", \"start\": \"%s\", \"end\": \"%s\", \"description\": \"%s\"}"
			.formatted(at(1, 9), at(1, 10), "z".repeat(1024 * 1024)));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").toString()).contains("\"field\":\"description\"", "At most 10");

		var foreignPerson = seller.post("/api/v1/appointments", "{\"title\": \"X\", \"start\": \"%s\", \"end\": \"%s\", \"participantPersonIds\": [\"%s\"]}"
			.formatted(at(1, 9), at(1, 10), foreigner));
		assertThat(foreignPerson.status()).isEqualTo(400);
		assertThat(foreignPerson.json().get("errors").toString()).contains("\"field\":\"participantPersonIds\"", "does not exist");

		var foreignUser = seller.post("/api/v1/appointments", "{\"title\": \"X\", \"start\": \"%s\", \"end\": \"%s\", \"participantUserIds\": [\"%s\"]}"
			.formatted(at(1, 9), at(1, 10), other.user().id()));
		assertThat(foreignUser.json().get("errors").toString()).contains("\"field\":\"participantUserIds\"");

		var noTimes = seller.post("/api/v1/appointments", "{\"title\": \"X\"}");
		assertThat(noTimes.json().get("errors").toString()).contains("\"field\":\"start\"", "\"field\":\"end\"");
		var badDate = seller.post("/api/v1/appointments", "{\"title\": \"X\", \"start\": \"tomorrow\"}");
		assertThat(badDate.status()).isEqualTo(400);

		assertThat(titles(seller.get("/api/v1/appointments"))).isEmpty();

		// another tenant's appointment is not found
		var theirs = book(otherApi, "Deres", at(1, 9), at(1, 10), "");
		assertThat(seller.get("/api/v1/appointments/" + theirs).status()).isEqualTo(404);
		assertThat(seller.put("/api/v1/appointments/" + theirs, "{\"title\": \"Vår\"}").status()).isEqualTo(404);

		// the form says it next to the field, in the user's language
		var web = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/calendar/appointments/new");
		var form = web.post("/calendar/appointments", Map.of("title", "", "startDate", "2027-03-01", "startTime", "10:00",
				"endDate", "2027-03-01", "endTime", "09:00", "ownerId", acme.user().id().toString()));
		assertThat(form.statusCode()).isEqualTo(200);
		var page = Jsoup.parse(form.body());
		assertThat(page.select("#title + .invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");
		assertThat(page.select("#endTime + .invalid-feedback").text()).isEqualTo("Slutten kan ikke være før starten.");
	}

	@Test
	void aStaleMoveIsRefusedWithAReason() {
		var id = book(seller, "Flytt meg", at(1, 9), at(1, 10), "");
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/calendar");
		var moved = web.post("/calendar/appointments/" + id + "/move", Map.of("start", at(1, 11), "end", at(1, 12), "version", "0"));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(seller.get("/api/v1/appointments/" + id).json().get("version").asInt()).isEqualTo(1);
		var stale = web.post("/calendar/appointments/" + id + "/move", Map.of("start", at(1, 13), "end", at(1, 14), "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed this record");
		var events = web.get("/calendar/events?start=" + at(0, 0) + "&end=" + at(7, 0) + "&show=user:" + acme.user().id());
		assertThat(events.body()).contains("Flytt meg", Instant.parse(at(1, 11)).toString());
	}

	@Test
	void mergingMovesAppointmentLinksToTheSurvivorAndTheUndoMovesThemBack() {
		var survivor = company("Fjordfisk AS");
		var other = company("Fjordfisk Bergen AS");
		var a = book(seller, "Bergen-møte", at(1, 9), at(1, 10), "\"companyId\": \"%s\"".formatted(other));
		var kari = person(seller, "Kari", "Fisk");
		var kari2 = person(seller, "Kari", "Fisk");
		var b = book(seller, "Kari-møte", at(2, 9), at(2, 10), "\"personIds\": [\"%s\"], \"participantPersonIds\": [\"%s\", \"%s\"]".formatted(kari2, kari, kari2));

		var merge = seller.create("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(survivor, other)).get("id").asString();
		assertThat(seller.get("/api/v1/appointments/" + a).json().get("companyId").asString()).isEqualTo(survivor);
		assertThat(titles(seller.get("/api/v1/appointments?record=" + survivor))).containsExactly("Bergen-møte");
		assertThat(seller.post("/api/v1/merges/" + merge + "/undo", "{}").status()).isEqualTo(200);
		assertThat(seller.get("/api/v1/appointments/" + a).json().get("companyId").asString()).isEqualTo(other);
		assertThat(titles(seller.get("/api/v1/appointments?record=" + survivor))).isEmpty();

		var personMerge = seller.create("/api/v1/merges", "{\"kind\": \"person\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(kari, kari2)).get("id").asString();
		var merged = seller.get("/api/v1/appointments/" + b).json();
		assertThat(merged.get("personIds").toString()).contains(kari).doesNotContain(kari2);
		assertThat(merged.get("participantPersonIds").toString()).contains(kari).doesNotContain(kari2);
		assertThat(seller.post("/api/v1/merges/" + personMerge + "/undo", "{}").status()).isEqualTo(200);
		var back = seller.get("/api/v1/appointments/" + b).json();
		assertThat(back.get("personIds").toString()).contains(kari2).doesNotContain(kari);
		assertThat(back.get("participantPersonIds").toString()).contains(kari, kari2);
	}

	@Test
	void erasingARecordRemovesItsLinksAndAnAppointmentWithNothingLeft() {
		var fjord = company("Fjordkraft AS");
		var ola = person(seller, "Ola", "Slett");
		var alone = book(seller, "Bare Ola", at(1, 9), at(1, 10), "\"personIds\": [\"%s\"]".formatted(ola));
		var shared = book(seller, "Ola og Fjordkraft", at(2, 9), at(2, 10), "\"companyId\": \"%s\", \"participantPersonIds\": [\"%s\"]".formatted(fjord, ola));
		assertThat(seller.delete("/api/v1/contacts/" + ola).status()).isEqualTo(204);
		assertThat(admin.post("/api/v1/contacts/" + ola + "/erase?confirm=true", "{}").status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/appointments/" + alone).status()).isEqualTo(404);
		var kept = seller.get("/api/v1/appointments/" + shared).json();
		assertThat(kept.get("participantPersonIds").size()).isZero();
		assertThat(kept.get("companyId").asString()).isEqualTo(fjord);
	}

	@Test
	void theIcsFeedHoldsTheUsersAppointmentsAndStopsWhenRevoked() throws Exception {
		var fjord = company("Fjordkraft AS");
		var mine = book(seller, "Mitt møte", at(1, 9), at(1, 10), "\"companyId\": \"%s\", \"place\": \"Oslo\"".formatted(fjord));
		book(admin, "Der jeg deltar", at(2, 9), at(2, 10), "\"participantUserIds\": [\"%s\"]".formatted(acme.user().id()));
		book(admin, "Ikke mitt", at(3, 9), at(3, 10), "");
		seller.create("/api/v1/appointments", "{\"title\": \"Heldag\", \"allDay\": true, \"startDate\": \"%s\"}".formatted(LocalDate.now().plusDays(4)));

		var token = acme.as(() -> feeds.renew(acme.user().id())).token();
		var anonymous = new Browserless(port);
		var r = anonymous.get("/ics/" + token + ".ics");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		var calendar = new CalendarBuilder().build(new StringReader(r.body()));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder("Mitt møte", "Der jeg deltar", "Heldag");
		var event = events.stream().filter(e -> e.getSummary().getValue().equals("Mitt møte")).findFirst().orElseThrow();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("appointment-" + mine + "@nordcrm");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Oslo");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
		assertThat(event.getDateStamp()).isPresent();
		assertThat(r.body()).contains("DTSTART:" + at(1, 9).replace("-", "").replace(":", "").replace(".000", ""));
		assertThat(r.body()).contains("DTSTART;VALUE=DATE:" + LocalDate.now().plusDays(4).toString().replace("-", ""));

		// a change raises the sequence, the UID stays
		seller.put("/api/v1/appointments/" + mine, "{\"title\": \"Mitt møte\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(at(1, 10), at(1, 11)));
		assertThat(anonymous.get("/ics/" + token).body()).contains("UID:appointment-" + mine + "@nordcrm", "SEQUENCE:1");

		// the user's open tasks with a due time are in the feed too (module activities); other users' are not
		seller.create("/api/v1/tasks", "{\"title\": \"Ring Kari\", \"due\": \"%s\"}".formatted(at(5, 14)));
		seller.create("/api/v1/tasks", "{\"title\": \"Send tilbud\", \"due\": \"%s\"}".formatted(LocalDate.now().plusDays(6)));
		admin.create("/api/v1/tasks", "{\"title\": \"Adminoppgave\", \"due\": \"%s\"}".formatted(at(5, 15)));
		var withTasks = anonymous.get("/ics/" + token).body();
		List<VEvent> all = new CalendarBuilder().build(new StringReader(withTasks)).getComponents(Component.VEVENT);
		assertThat(all).extracting(e -> e.getSummary().getValue())
			.anyMatch(t -> t.endsWith(": Ring Kari")).anyMatch(t -> t.endsWith(": Send tilbud")).noneMatch(t -> t.contains("Adminoppgave"));
		assertThat(withTasks).contains("DTSTART;VALUE=DATE:" + LocalDate.now().plusDays(6).toString().replace("-", ""));

		acme.as(() -> {
			feeds.revoke(acme.user().id());
			return null;
		});
		assertThat(anonymous.get("/ics/" + token + ".ics").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/ics/ncal_nonsense").statusCode()).isEqualTo(404);
	}

	@Test
	void theCalendarPageIssuesAndRevokesTheSubscriptionAndKeepsStylesUnderANonce() {
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var page = web.get("/calendar");
		var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		var nonce = Jsoup.parse(page.body()).select("meta[name=csp-nonce]").attr("content");
		assertThat(nonce).isNotBlank();
		assertThat(csp).contains("style-src 'self' 'nonce-" + nonce + "'", "font-src 'self' data:").doesNotContain("unsafe-inline");
		assertThat(web.get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).contains("style-src 'self';");

		var issued = web.post("/calendar/subscription", Map.of());
		assertThat(issued.statusCode()).isEqualTo(302);
		var url = Jsoup.parse(web.get("/calendar").body()).select("#feed-url").attr("value");
		assertThat(url).contains("/ics/ncal_");
		var path = url.substring(url.indexOf("/ics/"));
		assertThat(new Browserless(port).get(path).statusCode()).isEqualTo(200);
		// shown once: the page now names only its beginning
		assertThat(web.get("/calendar").body()).doesNotContain(path.substring(5));
		web.post("/calendar/subscription/revoke", Map.of());
		assertThat(new Browserless(port).get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void theActivityTimelineShowsAppointmentsAtTheirStart() {
		var fjord = company("Fjordkraft AS");
		book(seller, "Tidslinjemøte", at(-1, 9), at(-1, 10), "\"companyId\": \"%s\"".formatted(fjord));
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var page = web.get("/timeline/company/" + fjord);
		assertThat(page.body()).contains("Tidslinjemøte");
	}
}
