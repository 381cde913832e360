package org.nordcrm.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
 * Campaigns and call lists through the REST API on the real database: members, the order of the call list as
 * outcomes are recorded, the task of a call back, the appointment of a meeting booked, the calls on the Activity
 * timeline, a stale version, bad input and another tenant's campaigns and records.
 */
@NordCrmTest
class CampaignsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api seller;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Campaigns");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
	}

	static JsonNode ok(Api.Response r, int status) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		return r.json();
	}

	String company(String name) {
		return ok(seller.post("/api/v1/companies", "{\"name\": \"%s\", \"phone\": \"22 33 44 55\"}".formatted(name)), 201).get("id").asString();
	}

	String privateCustomer(String first, String last) {
		return ok(seller.post("/api/v1/contacts", "{\"firstName\": \"%s\", \"lastName\": \"%s\", \"privateCustomer\": true}".formatted(first, last)), 201)
			.get("id").asString();
	}

	String campaign(String name) {
		return ok(seller.post("/api/v1/campaigns", "{\"name\": \"%s\", \"description\": \"Vinter\"}".formatted(name)), 201).get("id").asString();
	}

	static String refs(String... kindIds) {
		var items = new ArrayList<String>();
		for (int i = 0; i < kindIds.length; i += 2) {
			items.add("{\"kind\": \"%s\", \"id\": \"%s\"}".formatted(kindIds[i], kindIds[i + 1]));
		}
		return "{\"records\": [" + String.join(", ", items) + "]}";
	}

	JsonNode next(String campaign) {
		return ok(seller.get("/api/v1/campaigns/" + campaign + "/call-list/next"), 200);
	}

	JsonNode outcome(String campaign, JsonNode member, String json) {
		return ok(seller.post("/api/v1/campaigns/" + campaign + "/members/" + member.get("id").asString() + "/outcomes", json), 201);
	}

	@Test
	void createListChangeCloseAndDeleteCampaigns() {
		var id = campaign("Vinterkampanje");
		var read = ok(seller.get("/api/v1/campaigns/" + id), 200);
		assertThat(read.get("name").asString()).isEqualTo("Vinterkampanje");
		assertThat(read.get("members").asInt()).isZero();
		assertThat(read.get("ownerId").asString()).isEqualTo(acme.user().id().toString());

		var changed = ok(seller.put("/api/v1/campaigns/" + id, "{\"name\": \"Vår\", \"version\": 0}"), 200);
		assertThat(changed.get("name").asString()).isEqualTo("Vår");
		assertThat(changed.get("description").asString()).isEqualTo("Vinter");
		var stale = seller.put("/api/v1/campaigns/" + id, "{\"name\": \"Sommer\", \"version\": 0}");
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("changed this record");

		var blank = seller.post("/api/v1/campaigns", "{\"name\": \"  \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

		for (int i = 0; i < 3; i++) {
			campaign("Side " + i);
		}
		var first = ok(seller.get("/api/v1/campaigns?limit=2"), 200);
		assertThat(first.get("items")).hasSize(2);
		var second = ok(seller.get("/api/v1/campaigns?limit=2&after=" + first.get("next").asString()), 200);
		assertThat(second.get("items")).hasSize(2);
		assertThat(second.get("next").isNull()).isTrue();

		ok(seller.post("/api/v1/campaigns/" + id + "/close", "{}"), 200);
		assertThat(ok(seller.get("/api/v1/campaigns?active=false"), 200).get("items").findValuesAsString("name")).containsExactly("Vår");
		assertThat(ok(seller.get("/api/v1/campaigns?active=true"), 200).get("items")).hasSize(3);
		assertThat(seller.delete("/api/v1/campaigns/" + id).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/campaigns/" + id).status()).isEqualTo(404);

		assertThat(seller.get("/api/v1/openapi.json").body()).contains("/api/v1/campaigns/{id}/members/{memberId}/outcomes",
				"/api/v1/campaigns/{id}/call-list/next");
	}

	@Test
	void membersAreAddedOnceInOrderAndRemoved() {
		var id = campaign("Medlemmer");
		var fjord = company("Fjord Lead AS");
		var kari = privateCustomer("Kari", "Ringeliste");
		var added = ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("company", fjord, "person", kari)), 200);
		assertThat(added.get("added").findValuesAsString("recordName")).containsExactly("Fjord Lead AS", "Kari Ringeliste");
		assertThat(added.get("skipped").asInt()).isZero();

		var again = ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("person", kari, "company", company("Ny AS"))), 200);
		assertThat(again.get("added").findValuesAsString("recordName")).containsExactly("Ny AS");
		assertThat(again.get("skipped").asInt()).isEqualTo(1);

		var list = ok(seller.get("/api/v1/campaigns/" + id + "/members?limit=2"), 200);
		assertThat(list.get("items").findValuesAsString("recordName")).containsExactly("Fjord Lead AS", "Kari Ringeliste");
		var rest = ok(seller.get("/api/v1/campaigns/" + id + "/members?after=" + list.get("next").asString()), 200);
		assertThat(rest.get("items").findValuesAsString("recordName")).containsExactly("Ny AS");
		assertThat(ok(seller.get("/api/v1/campaigns/" + id), 200).get("open").asInt()).isEqualTo(3);

		var member = list.get("items").get(0).get("id").asString();
		assertThat(seller.delete("/api/v1/campaigns/" + id + "/members/" + member).status()).isEqualTo(204);
		assertThat(ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items").findValuesAsString("recordName"))
			.containsExactly("Kari Ringeliste", "Ny AS");
		assertThat(seller.delete("/api/v1/campaigns/" + id + "/members/" + member).status()).isEqualTo(404);

		// bad input: nothing chosen, a record without kind, an unknown record: nothing is added
		assertThat(seller.post("/api/v1/campaigns/" + id + "/members", "{\"records\": []}").status()).isEqualTo(400);
		var noKind = seller.post("/api/v1/campaigns/" + id + "/members", "{\"records\": [{\"id\": \"" + fjord + "\"}]}");
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("records[0]");
		var unknown = seller.post("/api/v1/campaigns/" + id + "/members", refs("company", fjord, "company", java.util.UUID.randomUUID().toString()));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items")).hasSize(2);
	}

	@Test
	void theCallListGoesThroughThreeRecordsByOutcomeWithTaskAppointmentAndTimeline() {
		var id = campaign("Ringerunde");
		var a = company("Alfa Lead AS");
		var b = company("Bravo Lead AS");
		var c = privateCustomer("Charlie", "Privat");
		ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("company", a, "company", b, "person", c)), 200);

		var first = next(id);
		assertThat(first.get("due").asInt()).isEqualTo(3);
		assertThat(first.get("member").get("recordName").asString()).isEqualTo("Alfa Lead AS");
		var call = outcome(id, first.get("member"), "{\"outcome\": \"NO_ANSWER\", \"comment\": \"Ingen tok telefonen\", \"version\": 0}");
		assertThat(call.get("outcome").asString()).isEqualTo("NO_ANSWER");

		// no answer: Alfa is due again only after a pause, so Bravo is next
		var second = next(id);
		assertThat(second.get("member").get("recordName").asString()).isEqualTo("Bravo Lead AS");
		assertThat(second.get("due").asInt()).isEqualTo(2);
		var alfa = ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items").get(0);
		assertThat(alfa.get("state").asString()).isEqualTo("OPEN");
		assertThat(alfa.get("lastOutcome").asString()).isEqualTo("NO_ANSWER");
		assertThat(Instant.parse(alfa.get("nextCallAt").asString())).isAfter(Instant.now().plus(3, ChronoUnit.HOURS));

		// call back at a time already come: due again, but after those never called
		var callBackAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		var callBack = outcome(id, second.get("member"), "{\"outcome\": \"CALL_BACK\", \"callBackAt\": \"%s\", \"comment\": \"Ring etter lunsj\"}"
			.formatted(callBackAt));
		var task = ok(seller.get("/api/v1/tasks/" + callBack.get("taskId").asString()), 200);
		assertThat(task.get("title").asString()).isEqualTo("Call back Bravo Lead AS (Ringerunde)");
		assertThat(Instant.parse(task.get("due").asString())).isEqualTo(callBackAt);
		assertThat(task.get("ownerId").asString()).isEqualTo(acme.user().id().toString());
		assertThat(task.get("companyId").asString()).isEqualTo(b);
		assertThat(task.get("description").asString()).isEqualTo("Ring etter lunsj");

		var third = next(id);
		assertThat(third.get("member").get("recordName").asString()).isEqualTo("Charlie Privat");
		outcome(id, third.get("member"), "{\"outcome\": \"NOT_INTERESTED\"}");
		// done: no more calls recorded on it (it would open it again)
		var again = seller.post("/api/v1/campaigns/" + id + "/members/" + third.get("member").get("id").asString() + "/outcomes",
				"{\"outcome\": \"NO_ANSWER\"}");
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body()).contains("done in the campaign");

		var fourth = next(id);
		assertThat(fourth.get("member").get("recordName").asString()).isEqualTo("Bravo Lead AS");
		assertThat(fourth.get("due").asInt()).isEqualTo(1);
		var meeting = outcome(id, fourth.get("member"),
				"{\"outcome\": \"MEETING_BOOKED\", \"meetingStart\": \"2030-02-01T10:00:00+01:00\", \"comment\": \"Demo hos dem\"}");
		var appointment = ok(seller.get("/api/v1/appointments/" + meeting.get("appointmentId").asString()), 200);
		assertThat(appointment.get("title").asString()).isEqualTo("Meeting with Bravo Lead AS (Ringerunde)");
		assertThat(Instant.parse(appointment.get("start").asString())).isEqualTo(Instant.parse("2030-02-01T09:00:00Z"));
		assertThat(Instant.parse(appointment.get("end").asString())).isEqualTo(Instant.parse("2030-02-01T10:00:00Z"));
		assertThat(appointment.get("companyId").asString()).isEqualTo(b);
		assertThat(appointment.get("ownerId").asString()).isEqualTo(acme.user().id().toString());

		var none = next(id);
		assertThat(none.get("member").isNull()).isTrue();
		assertThat(none.get("due").asInt()).isZero();
		var counts = ok(seller.get("/api/v1/campaigns/" + id), 200);
		assertThat(counts.get("open").asInt()).isEqualTo(1);
		assertThat(counts.get("done").asInt()).isEqualTo(2);

		var bravoCalls = ok(seller.get("/api/v1/campaigns/" + id + "/members/" + fourth.get("member").get("id").asString() + "/outcomes"), 200);
		assertThat(bravoCalls.findValuesAsString("outcome")).containsExactly("MEETING_BOOKED", "CALL_BACK");

		// every call is on the record's Activity timeline, kind "call"; the card shows the campaign and the last outcome
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		var timeline = Jsoup.parse(web.get("/timeline/company/" + b + "?show=call").body());
		assertThat(timeline.select(".timeline-entry").eachAttr("data-kind")).containsExactly("call", "call");
		assertThat(timeline.select(".timeline-title").eachText()).anyMatch(t -> t.startsWith("Call (Ringerunde): Meeting booked"))
			.anyMatch(t -> t.startsWith("Call (Ringerunde): Call back at"));
		assertThat(timeline.select(".timeline-text").eachText()).contains("Demo hos dem", "Ring etter lunsj");
		var section = Jsoup.parse(web.get("/campaigns/record/company/" + b).body());
		assertThat(section.select(".campaign-membership").text()).contains("Ringerunde", "Done", "Meeting booked");
		var onPerson = Jsoup.parse(web.get("/timeline/person/" + c + "?show=call").body());
		assertThat(onPerson.select(".timeline-title").eachText()).containsExactly("Call (Ringerunde): Not interested");
	}

	@Test
	void aStaleVersionBadInputAndAClosedCampaignAreRefusedAndNothingIsWritten() {
		var id = campaign("Konflikt");
		var a = company("Delta Lead AS");
		ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("company", a)), 200);
		var member = next(id).get("member");
		var path = "/api/v1/campaigns/" + id + "/members/" + member.get("id").asString() + "/outcomes";

		// another caller recorded first: the one with the old version is refused
		var other = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		ok(other.post(path, "{\"outcome\": \"NO_ANSWER\", \"version\": 0}"), 201);
		var late = seller.post(path, "{\"outcome\": \"NOT_INTERESTED\", \"version\": 0}");
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.body()).contains("Someone else recorded a call");

		var bad = seller.post(path, "{\"outcome\": \"MAYBE\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");
		var noTime = seller.post(path, "{\"outcome\": \"CALL_BACK\", \"callBackAt\": \"tomorrow\"}");
		assertThat(noTime.status()).isEqualTo(400);
		assertThat(noTime.json().get("errors").get(0).get("field").asString()).isEqualTo("callBackAt");
		var endFirst = seller.post(path, "{\"outcome\": \"MEETING_BOOKED\", \"meetingStart\": \"2030-01-01T10:00:00Z\", \"meetingEnd\": \"2030-01-01T09:00:00Z\"}");
		assertThat(endFirst.status()).isEqualTo(400);
		assertThat(endFirst.json().get("errors").get(0).get("field").asString()).isEqualTo("meetingEnd");
		var dayOnly = seller.post(path, "{\"outcome\": \"MEETING_BOOKED\", \"meetingStart\": \"2030-01-01\"}");
		assertThat(dayOnly.status()).isEqualTo(400);
		var nb = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("nb").post(path, "{\"outcome\": \"CALL_BACK\"}");
		assertThat(nb.json().get("errors").get(0).get("message").asString()).isEqualTo("Fyll ut dette feltet.");

		ok(seller.post("/api/v1/campaigns/" + id + "/close", "{}"), 200);
		assertThat(seller.post(path, "{\"outcome\": \"NOT_INTERESTED\"}").status()).isEqualTo(400);
		assertThat(next(id).get("member").isNull()).isTrue();

		var calls = ok(seller.get(path), 200);
		assertThat(calls.findValuesAsString("outcome")).containsExactly("NO_ANSWER");
		var state = ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items").get(0);
		assertThat(state.get("state").asString()).isEqualTo("OPEN");
		assertThat(state.get("calls").asInt()).isEqualTo(1);
		assertThat(ok(seller.get("/api/v1/tasks?record=" + a), 200).get("items")).isEmpty();
	}

	@Test
	void aMergeMovesCallsAndPlacesInCampaignsToTheSurvivorAndUndoTakesThemBack() {
		var id = campaign("Fusjon");
		var survivor = company("Overlever AS");
		var other = company("Overlever A/S");
		ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("company", other)), 200);
		outcome(id, next(id).get("member"), "{\"outcome\": \"NOT_INTERESTED\", \"comment\": \"Før fusjonen\"}");

		var merge = ok(seller.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(survivor, other)), 201).get("id").asString();
		var member = ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items").get(0);
		assertThat(member.get("recordId").asString()).isEqualTo(survivor);
		assertThat(member.get("recordName").asString()).isEqualTo("Overlever AS");
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(Jsoup.parse(web.get("/timeline/company/" + survivor + "?show=call").body()).select(".timeline-text").eachText())
			.containsExactly("Før fusjonen");

		ok(seller.post("/api/v1/merges/" + merge + "/undo", "{}"), 200);
		assertThat(ok(seller.get("/api/v1/campaigns/" + id + "/members"), 200).get("items").get(0).get("recordId").asString()).isEqualTo(other);
		assertThat(Jsoup.parse(web.get("/timeline/company/" + survivor + "?show=call").body()).select(".timeline-entry")).isEmpty();
	}

	@Test
	void anotherTenantsCampaignsMembersAndRecordsAreNotFound() {
		var id = campaign("Hemmelig");
		var a = company("Hemmelig Lead AS");
		ok(seller.post("/api/v1/campaigns/" + id + "/members", refs("company", a)), 200);
		var member = next(id).get("member").get("id").asString();

		var beta = tenants.create("CampaignsBeta");
		var intruder = new Api(port).login(beta.user().email(), TestTenants.PASSWORD);
		assertThat(intruder.get("/api/v1/campaigns/" + id).status()).isEqualTo(404);
		assertThat(intruder.get("/api/v1/campaigns").json().get("items")).isEmpty();
		assertThat(intruder.get("/api/v1/campaigns/" + id + "/members").status()).isEqualTo(404);
		assertThat(intruder.get("/api/v1/campaigns/" + id + "/call-list/next").status()).isEqualTo(404);
		var outcome = intruder.post("/api/v1/campaigns/" + id + "/members/" + member + "/outcomes", "{\"outcome\": \"NOT_INTERESTED\"}");
		assertThat(outcome.status()).isEqualTo(404);
		assertThat(outcome.body()).doesNotContain("Hemmelig");

		// their own campaign, with a record of ours: not found, nothing added
		var theirs = ok(intruder.post("/api/v1/campaigns", "{\"name\": \"Deres\"}"), 201).get("id").asString();
		assertThat(intruder.post("/api/v1/campaigns/" + theirs + "/members", refs("company", a)).status()).isEqualTo(404);
		// their own campaign, our member id
		assertThat(intruder.post("/api/v1/campaigns/" + theirs + "/members/" + member + "/outcomes", "{\"outcome\": \"NO_ANSWER\"}").status())
			.isEqualTo(404);
		assertThat(ok(intruder.get("/api/v1/campaigns/" + theirs), 200).get("members").asInt()).isZero();

		var ours = next(id).get("member");
		assertThat(ours.get("calls").asInt()).isZero();
		assertThat(ours.get("version").asInt()).isZero();
	}
}
