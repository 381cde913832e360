package org.nordcrm.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.nordcrm.jooq.Tables.REMINDER_DELIVERY;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.reminders.internal.ReminderJob;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * Reminders through a real SMTP server (GreenMail) and a stubbed SMS gateway (WireMock): each sent once with two
 * schedulers at once, failures kept and retried with backoff, a failed one shown and tried again, and a due one
 * sent by a job instance that starts after it was made. The scheduled poll is off here (an hour); tests run the job.
 */
@NordCrmTest
class ReminderDeliveryTest {

	static final int SMTP_PORT = freePort();
	static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	static GreenMail smtp = started(new GreenMail(SMTP));
	static final WireMockServer gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		gateway.start();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("nordcrm.sms.url", () -> "http://localhost:" + gateway.port() + "/sms");
		registry.add("nordcrm.sms.token", () -> "gateway-secret");
		registry.add("nordcrm.sms.from", () -> "Acme");
		registry.add("nordcrm.reminders.poll", () -> "PT1H");
		registry.add("nordcrm.reminders.backoff", () -> "PT2S,PT4S");
		registry.add("nordcrm.reminders.max-attempts", () -> "3");
		registry.add("nordcrm.reminders.base-url", () -> "https://crm.example.no");
	}

	@AfterAll
	static void stopServers() {
		smtp.stop();
		gateway.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ReminderJob job;

	@Autowired
	ApplicationContext context;

	TestTenant acme;
	Api seller;
	String company;

	@BeforeEach
	void setUp() throws Exception {
		acme = tenants.create("Reminders");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("nb");
		assertThat(seller.put("/api/v1/me/mobile", "{\"mobile\": \"912 34 567\"}").json().get("mobile").asString()).isEqualTo("+4791234567");
		company = seller.post("/api/v1/companies", "{\"name\": \"Fjordkraft Handel AS\"}").json().get("id").asString();
		smtp.purgeEmailFromAllMailboxes();
		gateway.resetAll();
		gateway.stubFor(post("/sms").willReturn(ok("{\"status\": \"queued\"}")));
		// what other test classes' tenants left due is sent now, so each test counts only its own
		job.deliverDue();
		smtp.purgeEmailFromAllMailboxes();
		gateway.resetRequests();
	}

	JsonNode watch(String label, String... channels) {
		var json = """
				{"recordKind": "company", "recordId": "%s", "label": "%s", "watchAt": "%s", "beforeAmount": 1, "beforeUnit": "DAYS",
				 "channels": [%s]}""".formatted(company, label, OffsetDateTime.now().plusDays(30).withNano(0),
				String.join(", ", java.util.Arrays.stream(channels).map(c -> "\"" + c + "\"").toList()));
		var r = seller.post("/api/v1/watches", json);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	/** Moves a watch's pending deliveries to be due now, as if the time had come. */
	void due(JsonNode watch) {
		var id = java.util.UUID.fromString(watch.get("id").asString());
		TenantContext.call(acme.id(), () -> tx.execute(s -> db.update(REMINDER_DELIVERY)
			.set(REMINDER_DELIVERY.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime().minus(1)).where(REMINDER_DELIVERY.WATCH_ID.eq(id))
			.and(REMINDER_DELIVERY.STATUS.eq("PENDING")).execute()));
	}

	JsonNode delivery(JsonNode watch, String channel) {
		var read = seller.get("/api/v1/watches/" + watch.get("id").asString()).json();
		for (var d : read.get("deliveries")) {
			if (d.get("channel").asString().equals(channel)) {
				return d;
			}
		}
		throw new AssertionError("no " + channel + " delivery in " + read);
	}

	@Test
	void oneEmailAndOneSmsEachDeliveredOnceWhileTwoSchedulersRunAtOnce() throws Exception {
		var watches = new ArrayList<JsonNode>();
		for (int i = 1; i <= 4; i++) {
			var w = watch("Fornyelse av kontrakt " + i, "EMAIL", "SMS", "APP");
			due(w);
			watches.add(w);
		}
		// a second job instance, as another node has: the same lock provider and database, nothing shared in memory
		var secondNode = context.getAutowireCapableBeanFactory().createBean(ReminderJob.class);
		assertThat(secondNode).isNotSameAs(job);
		var start = new CyclicBarrier(4);
		try (var pool = Executors.newFixedThreadPool(4)) {
			var runs = new ArrayList<Future<?>>();
			// the scheduled entry point (ShedLock: one runs, the other skips) and the bare job (row locks alone) on both
			for (var j : List.of(job, secondNode)) {
				runs.add(pool.submit(() -> {
					start.await();
					j.poll();
					return null;
				}));
				runs.add(pool.submit(() -> {
					start.await();
					return j.deliverDue();
				}));
			}
			for (var r : runs) {
				r.get();
			}
		}
		assertThat(smtp.getReceivedMessages()).hasSize(4);
		gateway.verify(4, postRequestedFor(urlEqualTo("/sms")));
		for (var w : watches) {
			for (var channel : List.of("EMAIL", "SMS", "APP")) {
				var d = delivery(w, channel);
				assertThat(d.get("status").asString()).as(channel).isEqualTo("SENT");
				assertThat(d.get("attempts").asInt()).as(channel).isEqualTo(1);
			}
		}
		// the job finds nothing more to send
		assertThat(job.deliverDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(4);

		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(acme.user().email());
		assertThat(mail.getSubject()).startsWith("Påminnelse: Fornyelse av kontrakt");
		var text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
		assertThat(text).contains("Fjordkraft Handel AS", "https://crm.example.no/companies/" + company);
		gateway.verify(postRequestedFor(urlEqualTo("/sms")).withHeader("Authorization", equalTo("Bearer gateway-secret"))
			.withHeader("Content-Type", containing("application/json")).withRequestBody(matchingJsonPath("$.to", equalTo("+4791234567")))
			.withRequestBody(matchingJsonPath("$.from", equalTo("Acme")))
			.withRequestBody(matchingJsonPath("$.text", containing("Fornyelse av kontrakt"))));
	}

	@Test
	void smtpDownThenUpIsDeliveredOnceAfterTheRetry() throws Exception {
		var w = watch("Ring om tilbudet", "EMAIL");
		due(w);
		smtp.stop();
		try {
			assertThat(job.deliverDue()).isZero();
			var failed = delivery(w, "EMAIL");
			assertThat(failed.get("status").asString()).isEqualTo("PENDING");
			assertThat(failed.get("attempts").asInt()).isEqualTo(1);
			assertThat(failed.get("lastError").asString()).startsWith("SMTP");
			// not tried again before its backoff has passed
			assertThat(job.deliverDue()).isZero();
			assertThat(delivery(w, "EMAIL").get("attempts").asInt()).isEqualTo(1);
		}
		finally {
			smtp = started(new GreenMail(SMTP));
		}
		Thread.sleep(2_100);
		assertThat(job.deliverDue()).isEqualTo(1);
		assertThat(job.deliverDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		var sent = delivery(w, "EMAIL");
		assertThat(sent.get("status").asString()).isEqualTo("SENT");
		assertThat(sent.get("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void smsGatewayAnswering500IsRetriedShownAsFailedTriedAgainAndThenDelivered() {
		gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(500).withBody("gateway overloaded")));
		var w = watch("Send kontrakt", "SMS");
		for (int attempt = 1; attempt <= 3; attempt++) {
			due(w);
			assertThat(job.deliverDue()).isZero();
			var d = delivery(w, "SMS");
			assertThat(d.get("attempts").asInt()).isEqualTo(attempt);
			assertThat(d.get("lastError").asString()).isEqualTo("SMS gateway answered 500: gateway overloaded");
			assertThat(d.get("status").asString()).isEqualTo(attempt < 3 ? "PENDING" : "FAILED");
		}
		// a failed delivery is never picked up again by itself
		due(w);
		assertThat(job.deliverDue()).isZero();
		gateway.verify(3, postRequestedFor(urlEqualTo("/sms")));

		// the watch list shows it failed, with the error and a button to try again
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		var list = Jsoup.parse(web.get("/watches").body());
		var item = list.selectFirst(".watch-item[data-watch-id=" + w.get("id").asString() + "]");
		assertThat(item).isNotNull();
		assertThat(item.select(".watch-delivery[data-status=FAILED]").text()).contains("gateway overloaded");
		assertThat(item.select(".watch-retry")).hasSize(1);
		assertThat(seller.get("/api/v1/watches?status=FAILED").json().get("items").findValuesAsString("label")).containsExactly("Send kontrakt");

		gateway.stubFor(post("/sms").willReturn(ok()));
		var retried = web.post("/watches/" + w.get("id").asString() + "/retry?channel=SMS&back=/watches", java.util.Map.of());
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(delivery(w, "SMS").get("status").asString()).isEqualTo("PENDING");
		assertThat(job.deliverDue()).isEqualTo(1);
		assertThat(delivery(w, "SMS").get("status").asString()).isEqualTo("SENT");
		gateway.verify(4, postRequestedFor(urlEqualTo("/sms")));
		assertThat(seller.post("/api/v1/watches/" + w.get("id").asString() + "/retry?channel=SMS", "{}").status()).isEqualTo(400);
	}

	@Test
	void aDueReminderMadeBeforeARestartIsSentByTheNewJobAndShowsInTheBell() throws Exception {
		var w = watch("Fornye lisens", "APP", "EMAIL");
		due(w);
		// "restart": a job instance made now, knowing only what is in the database
		var afterRestart = context.getAutowireCapableBeanFactory().createBean(ReminderJob.class);
		assertThat(afterRestart.deliverDue()).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(1);

		var unread = seller.get("/api/v1/notifications?unread=true").json();
		assertThat(unread.findValuesAsString("label")).containsExactly("Fornye lisens");
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(Jsoup.parse(web.get("/notifications/bell").body()).select(".notification-count").text()).isEqualTo("1");
		assertThat(Jsoup.parse(web.get("/notifications").body()).select(".notification").text()).contains("Fornye lisens");
		assertThat(seller.post("/api/v1/notifications/" + unread.get(0).get("id").asString() + "/read", "{}").status()).isEqualTo(204);
		assertThat(Jsoup.parse(web.get("/notifications/bell").body()).select(".notification-count")).isEmpty();
		assertThat(seller.get("/api/v1/notifications?unread=true").json()).isEmpty();
	}

	@Test
	void badInputGetsFieldErrorsAndSavesNothing() {
		var other = tenants.create("Reminders other");
		var otherCompany = new Api(port).login(other.user().email(), TestTenants.PASSWORD)
			.post("/api/v1/companies", "{\"name\": \"Annen AS\"}").json().get("id").asString();
		var past = OffsetDateTime.now().plusHours(2).withNano(0);
		assertError("""
				{"recordKind": "company", "recordId": "%s", "label": "Fortid", "watchAt": "%s", "beforeAmount": 3, "beforeUnit": "HOURS",
				 "channels": ["APP"]}""".formatted(company, past), "watchAt", "Påminnelsen ville kommet i fortiden");
		assertError(body(company, "2027-13-45", "[\"APP\"]"), "watchAt", "Skriv en dato");
		assertError(body(company, "2099-03-01", "[]"), "channels", "Velg minst én måte");
		assertError(body(company, "2099-03-01", "[\"PIGEON\"]"), "channels", "PIGEON");
		assertError(body(otherCompany, "2099-03-01", "[\"APP\"]"), "recordId", null);
		assertError(body(java.util.UUID.randomUUID().toString(), "2099-03-01", "[\"APP\"]"), "recordId", null);
		assertError(body(company, "2099-03-01", "[\"APP\"]").replace("\"company\"", "\"planet\""), "recordKind", "company");
		// SMS without a mobile number
		seller.put("/api/v1/me/mobile", "{\"mobile\": \"\"}");
		assertError(body(company, "2099-03-01", "[\"SMS\"]"), "channels", "mobilnummer");
		assertThat(seller.put("/api/v1/me/mobile", "{\"mobile\": \"ring meg\"}").status()).isEqualTo(400);
		assertThat(seller.get("/api/v1/watches?recordKind=company&recordId=" + company).json().get("items")).isEmpty();

		// a date alone is 08:00 in the owner's time zone (Europe/Oslo)
		var made = seller.post("/api/v1/watches", body(company, "2099-03-01", "[\"APP\"]"));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(OffsetDateTime.parse(made.json().get("watchAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2099-03-01T08:00+01:00").toInstant());
	}

	static String body(String record, String when, String channels) {
		return """
				{"recordKind": "company", "recordId": "%s", "label": "Kontrakt", "watchAt": "%s", "channels": %s}""".formatted(record, when, channels);
	}

	void assertError(String json, String field, String message) {
		var r = seller.post("/api/v1/watches", json);
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).contains("application/problem+json");
		var errors = r.json().get("errors");
		assertThat(errors.findValuesAsString("field")).as(r.body()).contains(field);
		if (message != null) {
			assertThat(errors.toString()).contains(message);
		}
	}

	static GreenMail started(GreenMail mail) {
		mail.start();
		return mail;
	}

	static int freePort() {
		try (var s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
