package org.nordcrm.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A task's due time can be watched: the task's page offers a watch at its due time, the watch follows the task when
 * it is moved, and ends when the task is done.
 */
@NordCrmTest
class TaskWatchTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Test
	void aWatchOnATaskFollowsItsDueTimeAndEndsWhenItIsDone() {
		var acme = tenants.create("Task watch");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		var task = created(api.post("/api/v1/tasks", "{\"title\": \"Send the offer\", \"due\": \"2099-05-10T14:00+02:00\"}"));
		var id = task.get("id").asString();

		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		var page = Jsoup.parse(web.get("/tasks/" + id + "/edit").body());
		assertThat(page.select(".task-watches [hx-get]").attr("hx-get")).isEqualTo("/watches/record/task/" + id);
		var form = Jsoup.parse(web.get("/watches/record/task/" + id).body());
		assertThat(form.select("#label").val()).as("named after the task").isEqualTo("Send the offer");
		assertThat(form.select("#watchAt").val() + "T" + form.select("#time").val()).as("at its due time, in Oslo")
			.isEqualTo("2099-05-10T14:00");

		var watch = created(api.post("/api/v1/watches", """
				{"recordKind": "task", "recordId": "%s", "label": "Send the offer", "watchAt": "2099-05-10T14:00+02:00",
				 "beforeAmount": 1, "beforeUnit": "HOURS", "channels": ["APP"]}""".formatted(id)));
		var watchId = watch.get("id").asString();

		var moved = api.put("/api/v1/tasks/" + id, "{\"due\": \"2099-05-12T09:30+02:00\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		var followed = api.get("/api/v1/watches/" + watchId).json();
		assertThat(OffsetDateTime.parse(followed.get("watchAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2099-05-12T09:30+02:00").toInstant());
		assertThat(OffsetDateTime.parse(followed.get("deliveries").get(0).get("dueAt").asString()).toInstant())
			.as("an hour before, as chosen").isEqualTo(OffsetDateTime.parse("2099-05-12T08:30+02:00").toInstant());

		var renamed = api.put("/api/v1/tasks/" + id, "{\"title\": \"Send the new offer\"}");
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/watches/" + watchId).json().get("version").asInt()).as("a change of title moves nothing")
			.isEqualTo(followed.get("version").asInt());

		assertThat(web.post("/tasks/" + id + "/done", java.util.Map.of()).statusCode()).isEqualTo(303);
		assertThat(api.get("/api/v1/watches/" + watchId).status()).as("done: the watch ends").isEqualTo(404);

		var other = tenants.create("Task watch stranger");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD).language("en");
		var foreign = stranger.post("/api/v1/watches", """
				{"recordKind": "task", "recordId": "%s", "label": "Theirs", "watchAt": "2099-05-10", "channels": ["APP"]}""".formatted(id));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").toString()).contains("\"field\":\"recordId\"");
	}

	private static JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}
}
