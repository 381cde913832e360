package org.nordcrm.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.settings.Registers;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The settings pages as an administrator uses them, in Norwegian: add, fix a refused entry, rename, delete. */
@NordCrmTest
class SettingsPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	Registers registers;

	@Autowired
	NumberSeriesManagement numberSeries;

	TestTenant acme;
	Browserless web;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Innstillinger");
		web = new Browserless(port).language("nb").login(acme.admin().email(), TestTenants.PASSWORD);
	}

	@Test
	void adminCreatesRenamesAndDeletesACategoryWithErrorsShownInNorwegian() {
		var index = page(web.get("/admin/settings"));
		assertThat(index.select("h1").text()).isEqualTo("Innstillinger");
		assertThat(index.select("a.settings-link").eachAttr("href")).containsExactly("/admin/settings/categories",
				"/admin/settings/industries", "/admin/settings/roles", "/admin/settings/statuses", "/admin/settings/origins",
				"/admin/settings/sources", "/admin/settings/interests", "/admin/settings/lead-statuses", "/admin/settings/number-series");
		assertThat(index.select("#app-nav .nav-link").eachText()).contains("Innstillinger");

		var list = page(web.get("/admin/settings/categories"));
		assertThat(list.select("h1").text()).isEqualTo("Kategorier");
		assertThat(list.select("#entries .entry-name").eachText()).containsExactly("Nyhetsbrev", "VIP");
		assertThat(list.select("#scope option").eachText()).containsExactly("Firmaer", "Personer", "Firmaer og personer");

		// an empty name: the error sits next to the field, in Norwegian, and the chosen scope is kept
		var empty = web.post("/admin/settings/categories", Map.of("name", "  ", "scope", "PERSON"));
		assertThat(empty.statusCode()).isEqualTo(200);
		var refused = page(empty);
		assertThat(refused.select("#name").hasClass("is-invalid")).isTrue();
		assertThat(refused.select("#name + .invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");
		assertThat(refused.select("#scope option[selected]").val()).isEqualTo("PERSON");

		// a name taken (whatever the case): the error, and what was typed is still there
		var taken = page(web.post("/admin/settings/categories", Map.of("name", "vip", "scope", "COMPANY")));
		assertThat(taken.select("#name + .invalid-feedback").text()).isEqualTo("Det finnes allerede en oppføring med dette navnet.");
		assertThat(taken.select("#name").val()).isEqualTo("vip");

		var created = web.post("/admin/settings/categories", Map.of("name", "Partner", "scope", "COMPANY"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(Browserless.location(created)).endsWith("/admin/settings/categories");
		var after = page(web.get("/admin/settings/categories"));
		assertThat(after.select("[role=status]").text()).isEqualTo("Oppføringen er lagt til.");
		assertThat(after.select("#entries .entry-name").eachText()).containsExactly("Nyhetsbrev", "Partner", "VIP");
		var row = after.select("#entries tr:has(.entry-name:containsOwn(Partner))").first();
		var editUrl = row.select("a.entry-edit").attr("href");
		var deleteUrl = row.select("form").attr("action");
		assertThat(row.select("button.entry-delete").attr("data-confirm")).isEqualTo("Slette «Partner»? Dette kan ikke angres.");

		// rename: the form holds the entry; a refused rename keeps what was typed
		var edit = page(web.get(editUrl));
		assertThat(edit.select("#register-form h2").text()).isEqualTo("Endre «Partner»");
		assertThat(edit.select("#name").val()).isEqualTo("Partner");
		assertThat(edit.select("#scope option[selected]").val()).isEqualTo("COMPANY");
		var badRename = page(web.post(editUrl, Map.of("name", "", "scope", "BOTH")));
		assertThat(badRename.select("#name + .invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");
		assertThat(badRename.select("#scope option[selected]").val()).isEqualTo("BOTH");
		assertThat(badRename.select("#register-form").attr("action")).isEqualTo(editUrl);
		assertThat(web.post(editUrl, Map.of("name", "Partnere", "scope", "BOTH")).statusCode()).isEqualTo(302);
		var renamed = page(web.get("/admin/settings/categories"));
		assertThat(renamed.select("[role=status]").text()).isEqualTo("Endringene er lagret.");
		assertThat(renamed.select("#entries .entry-name").eachText()).containsExactly("Nyhetsbrev", "Partnere", "VIP");

		assertThat(web.post(deleteUrl, Map.of()).statusCode()).isEqualTo(302);
		var deleted = page(web.get("/admin/settings/categories"));
		assertThat(deleted.select("[role=status]").text()).isEqualTo("Oppføringen er slettet.");
		assertThat(deleted.select("#entries .entry-name").eachText()).containsExactly("Nyhetsbrev", "VIP");
		assertThat(web.get(editUrl).statusCode()).isEqualTo(404);
	}

	@Test
	void industriesShowTheirCodesAndStatusesTheirDefault() {
		for (int i = 1; i <= 60; i++) {
			int n = i;
			acme.as(() -> registers.saveIndustry(null, "Bransje %02d".formatted(n), "%02d.000".formatted(n)));
		}
		var industries = page(web.get("/admin/settings/industries"));
		assertThat(industries.select("#entries tbody tr")).hasSize(60);
		assertThat(industries.select("#code")).hasSize(1);
		assertThat(industries.select("#scope")).isEmpty();
		assertThat(industries.select("#entries tbody tr a.industry-move[href^=/admin/industries/][href$=/move]")).hasSize(60);
		var tooLong = page(web.post("/admin/settings/industries", Map.of("name", "Fiske", "code", "1".repeat(21))));
		assertThat(tooLong.select("#code + .invalid-feedback").text()).isEqualTo("Høyst 20 tegn.");
		assertThat(tooLong.select("#name").val()).isEqualTo("Fiske");

		var statuses = page(web.get("/admin/settings/statuses"));
		assertThat(statuses.select("#entries .entry-name").eachText()).containsExactly("Aktiv", "Prospekt", "Inaktiv", "Avsluttet");
		assertThat(web.post("/admin/settings/statuses", Map.of("name", "Partner", "defaultStatus", "true")).statusCode()).isEqualTo(302);
		assertThat(acme.as(() -> registers.defaultStatus()).orElseThrow().name()).isEqualTo("Partner");
		var roles = page(web.get("/admin/settings/roles"));
		assertThat(roles.select("h1").text()).isEqualTo("Kontaktroller");
		assertThat(roles.select("#entries tbody tr")).hasSize(6);
	}

	@Test
	void numberSeriesPageShowsRangesAndRefusesWhatTheSeriesCannotDo() {
		var list = page(web.get("/admin/settings/number-series"));
		assertThat(list.select("h1").text()).isEqualTo("Kundenummerserier");
		assertThat(list.select("#series .series-name").eachText()).containsExactly("Kunder");
		assertThat(list.select("#series .series-remaining").text()).isEqualTo("90000");

		var overlap = page(web.post("/admin/settings/number-series", Map.of("name", "Eksport", "firstNumber", "50000", "lastNumber", "150000")));
		assertThat(overlap.select("#firstNumber + .invalid-feedback").text()).isEqualTo("Nummerområdet overlapper en annen serie.");
		assertThat(overlap.select("#lastNumber").val()).isEqualTo("150000");
		var notANumber = page(web.post("/admin/settings/number-series", Map.of("name", "Eksport", "firstNumber", "ti", "lastNumber", "")));
		assertThat(notANumber.select("#firstNumber").hasClass("is-invalid")).isTrue();
		assertThat(notANumber.select("#name").val()).isEqualTo("Eksport");

		assertThat(web.post("/admin/settings/number-series", Map.of("name", "Eksport", "firstNumber", "100000", "lastNumber", "199999")).statusCode()).isEqualTo(302);
		var kunder = acme.as(() -> numberSeries.defaultSeries()).orElseThrow();
		acme.as(() -> numberSeries.allocate(kunder.id()));
		var used = page(web.get("/admin/settings/number-series"));
		assertThat(used.select("#series .series-name").eachText()).containsExactly("Kunder", "Eksport");
		var deleteKunder = used.select("#series-" + kunder.id() + " form").attr("action");
		assertThat(web.post(deleteKunder, Map.of()).statusCode()).isEqualTo(302);
		assertThat(page(web.get("/admin/settings/number-series")).select("[role=alert]").text())
			.isEqualTo("Oppføringen er i bruk og kan ikke slettes.");

		var below = page(web.post("/admin/settings/number-series/" + kunder.id(), Map.of("name", "Kunder", "firstNumber", "10000", "lastNumber", "9999")));
		assertThat(below.select("#lastNumber + .invalid-feedback").text()).startsWith("Siste nummer må være minst");
	}

	@Test
	void onlyAdministratorsAndOnlyTheirOwnTenant() {
		var user = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(user.get("/admin/settings").statusCode()).isEqualTo(403);
		assertThat(user.get("/admin/settings/categories").statusCode()).isEqualTo(403);
		assertThat(page(user.get("/")).select("#app-nav .nav-link").eachText()).doesNotContain("Settings");

		assertThat(web.get("/admin/settings/no-such-register").statusCode()).isEqualTo(404);
		var other = tenants.create("Annen");
		var otherCategory = other.as(() -> registers.categories()).getFirst();
		var otherSeries = other.as(() -> numberSeries.list()).getFirst();
		assertThat(web.get("/admin/settings/categories/" + otherCategory.id()).statusCode()).isEqualTo(404);
		assertThat(web.post("/admin/settings/categories/" + otherCategory.id(), Map.of("name", "Tatt", "scope", "BOTH")).statusCode()).isEqualTo(404);
		assertThat(web.post("/admin/settings/categories/" + otherCategory.id() + "/delete", Map.of()).statusCode()).isEqualTo(404);
		assertThat(web.get("/admin/settings/number-series/" + otherSeries.id()).statusCode()).isEqualTo(404);
		assertThat(web.post("/admin/settings/number-series/" + otherSeries.id(), Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.as(() -> registers.category(otherCategory.id())).name()).isEqualTo(otherCategory.name());
	}

	private static Document page(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}
}
