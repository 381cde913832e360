package org.nordcrm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The duplicate scan through the API: each reason found, near misses and other tenants left out, surest first. */
@NordCrmTest
class DuplicatesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api api;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Duplicates");
		api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
	}

	@Test
	void companiesPairedByEachReasonSurestFirst() {
		company("Fjordkraft Handel AS", "923609016", null, null, "0155", null);
		company("Fjordkraft Handel", "923 609 016", null, null, "5003", null);
		company("Bergen Bygg AS", null, "post@bergenbygg.no", null, null, null);
		company("Totalt Annet AS", null, "POST@BergenBygg.no", null, null, null);
		company("Kontakt Bygg AS", null, "kontakt@bergenbygg.no", null, null, null);
		company("Alfa Rør AS", null, null, "22 11 22 33", null, null);
		company("Beta Maling AS", null, null, null, null, null, "+47 22112233");
		company("Nordlys Regnskap AS", null, null, null, "7010", null);
		company("AS Nordlys Regnskapsbyrå", null, null, null, null, "7010");
		company("Havbris Sjømat AS", null, null, null, "8000", null);
		company("Havbris Sjømat AS", null, null, null, "9000", null);
		company("Solsiden Eiendom AS", "974760673", null, null, null, null);
		var deleted = company("Solsiden Eiendom", "974760673", null, null, null, null);
		assertThat(api.delete("/api/v1/companies/" + deleted).status()).isEqualTo(204);
		company("Vestkyst Transport AS", "986105174", "post@vestkyst.no", null, "6002", null);
		company("AS Vestkyst Transport", "986105174", "post@vestkyst.no", null, "6002", null);

		var pairs = pairs("company", 50);
		assertThat(lines(pairs)).containsExactly(
				"AS Vestkyst Transport + Vestkyst Transport AS: SAME_ORGANISATION_NUMBER, SAME_EMAIL, SIMILAR_NAME_SAME_POSTCODE",
				"Fjordkraft Handel + Fjordkraft Handel AS: SAME_ORGANISATION_NUMBER",
				"Alfa Rør AS + Beta Maling AS: SAME_PHONE",
				"Bergen Bygg AS + Totalt Annet AS: SAME_EMAIL",
				"AS Nordlys Regnskapsbyrå + Nordlys Regnskap AS: SIMILAR_NAME_SAME_POSTCODE");
		var first = pairs.get(0);
		assertThat(first.get("mergeUrl").asString()).isEqualTo("/merge/company?a=%s&b=%s"
			.formatted(first.get("a").get("id").asString(), first.get("b").get("id").asString()));
		assertThat(first.get("a").get("url").asString()).isEqualTo("/companies/" + first.get("a").get("id").asString());
		assertThat(first.get("a").get("detail").asString()).matches("\\d+ · 6002");

		assertThat(lines(pairs("company", 2))).as("the limit keeps the surest").hasSize(2)
			.allMatch(l -> l.contains("SAME_ORGANISATION_NUMBER"));

		var other = tenants.create("Elsewhere");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		stranger.post("/api/v1/companies", """
				{"name": "Fjordkraft Handel AS", "organisationNumber": "923609016", "email": "post@bergenbygg.no",
				 "visitingAddress": {"postcode": "0155"}}""");
		assertThat(stranger.get("/api/v1/duplicates?kind=company").json().get("items").size())
			.as("another tenant's identical records are not its pairs").isZero();
		assertThat(pairs("company", 50)).hasSize(5);
	}

	@Test
	void personsPairedByEmailPhoneAndSimilarNameAtTheSamePostcodeOrCompany() {
		person("Kari", "Nordmann", "kari@example.no", null, null);
		person("Karianne", "Berg", "KARI@example.no", null, null);
		var deleted = person("Kari", "Slettet", "kari@example.no", null, null);
		assertThat(api.delete("/api/v1/contacts/" + deleted).status()).isEqualTo(204);
		person("Ola", "Hansen", null, "912 34 567", null);
		var per = person("Per", "Olsen", null, null, null);
		var works = company("Olsen og Sønner AS", null, null, null, null, null);
		link(per, works, "{\"workPhone\": \"+47 912 34 567\"}");
		person("Ingrid", "Solberg", null, null, "0150");
		person("Ingrid", "Solbergh", null, null, "0150");
		person("Ingrid", "Solberg", null, null, "5000");
		var team = company("Olsen Team AS", null, null, null, null, null);
		for (var name : List.of("Jon Olsen", "John Olsen", "Per Hansen", "Pål Hansen")) {
			var p = person(name.split(" ")[0], name.split(" ")[1], null, null, null);
			link(p, team, "{}");
		}
		var other = tenants.create("Elsewhere");
		new Api(port).login(other.user().email(), TestTenants.PASSWORD).post("/api/v1/contacts",
				"{\"firstName\": \"Kari\", \"lastName\": \"Nordmann\", \"emails\": [\"kari@example.no\"]}");

		var pairs = pairs("person", 50);
		assertThat(lines(pairs)).containsExactly(
				"Kari Nordmann + Karianne Berg: SAME_EMAIL",
				"Ola Hansen + Per Olsen: SAME_PHONE",
				"Ingrid Solberg + Ingrid Solbergh: SIMILAR_NAME_SAME_POSTCODE",
				"John Olsen + Jon Olsen: SIMILAR_NAME_SAME_COMPANY");
		var phone = pairs.get(1);
		assertThat(phone.get("mergeUrl").asString()).startsWith("/merge/person?a=");
		assertThat(phone.get("b").get("detail").asString()).as("where Per works").isEqualTo("Olsen og Sønner AS");
		assertThat(phone.get("b").get("url").asString()).isEqualTo("/contacts/" + per);
	}

	@Test
	void badKindOrLimitIsAFieldErrorInTheCallersLanguage() {
		var kind = api.language("nb").get("/api/v1/duplicates?kind=lead");
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.contentType()).contains("problem+json");
		assertThat(kind.json().get("errors").toString()).contains("\"field\":\"kind\"", "Velg en av: company, person.");
		api.language("en");
		assertThat(api.get("/api/v1/duplicates").json().get("errors").toString()).contains("\"field\":\"kind\"");
		for (var limit : List.of("0", "501", "abc", "-3", "99999999999")) {
			var r = api.get("/api/v1/duplicates?kind=company&limit=" + limit);
			assertThat(r.status()).as(limit).isEqualTo(400);
			assertThat(r.json().get("errors").toString()).as(limit).contains("\"field\":\"limit\"", "Must be between 1 and 500.");
		}
		assertThat(api.get("/api/v1/duplicates?kind=person&limit=500").status()).isEqualTo(200);
		assertThat(new Api(port).get("/api/v1/duplicates?kind=company").status()).as("anonymous").isEqualTo(401);
	}

	List<JsonNode> pairs(String kind, int limit) {
		var r = api.get("/api/v1/duplicates?kind=%s&limit=%d".formatted(kind, limit));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		var items = new ArrayList<JsonNode>();
		r.json().get("items").forEach(items::add);
		return items;
	}

	/** "first name + second name: reasons", names in alphabetical order so the line does not depend on ids. */
	static List<String> lines(List<JsonNode> pairs) {
		return pairs.stream().map(p -> {
			var names = new ArrayList<>(List.of(p.get("a").get("name").asString(), p.get("b").get("name").asString()));
			names.sort(String.CASE_INSENSITIVE_ORDER);
			var reasons = new ArrayList<String>();
			p.get("reasons").forEach(r -> reasons.add(r.asString()));
			return names.get(0) + " + " + names.get(1) + ": " + String.join(", ", reasons);
		}).toList();
	}

	String company(String name, String orgnr, String email, String phone, String visitPostcode, String postalPostcode) {
		return company(name, orgnr, email, phone, visitPostcode, postalPostcode, null);
	}

	String company(String name, String orgnr, String email, String phone, String visitPostcode, String postalPostcode,
			String mobile) {
		var r = api.post("/api/v1/companies", """
				{"name": %s, "organisationNumber": %s, "email": %s, "phone": %s, "mobile": %s,
				 "visitingAddress": {"postcode": %s}, "postalAddress": {"postcode": %s}}"""
			.formatted(json(name), json(orgnr), json(email), json(phone), json(mobile), json(visitPostcode), json(postalPostcode)));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	String person(String first, String last, String email, String mobile, String postcode) {
		var r = api.post("/api/v1/contacts", """
				{"firstName": %s, "lastName": %s, "emails": %s, "mobiles": %s, "address": {"postcode": %s}}"""
			.formatted(json(first), json(last), email == null ? "[]" : "[" + json(email) + "]",
					mobile == null ? "[]" : "[" + json(mobile) + "]", json(postcode)));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	void link(String person, String company, String fields) {
		var body = fields.replaceFirst("\\{", "{\"companyId\": \"" + company + "\"" + (fields.equals("{}") ? "" : ", "));
		var r = api.post("/api/v1/contacts/" + person + "/companies", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

	static String json(String s) {
		return s == null ? "null" : "\"" + s + "\"";
	}
}
