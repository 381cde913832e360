package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;

/**
 * On a phone: a note written on a company's card shows in its Notes tab and under the facts, is edited in place,
 * shows on a linked person's Notes tab saying where it was written, and older notes load as the box scrolls.
 */
@NordCrmTest
class NotesBrowserTest extends BrowserTestSupport {

	@Test
	void writeANoteOnACompanyAndSeeItUnderTheFactsAndOnTheContactsTab() {
		var acme = tenants.create("Notebook");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var fjord = api.post("/api/v1/companies", "{\"name\": \"Fjordkraft Handel AS\"}").json().get("id").asString();
		var kari = api.post("/api/v1/contacts", "{\"firstName\": \"Kari\", \"lastName\": \"Nordmann\"}").json().get("id").asString();
		api.post("/api/v1/contacts/" + kari + "/companies", "{\"companyId\": \"%s\"}".formatted(fjord));

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies/" + fjord + "?tab=notes"));
		assertThat(page.locator("#section-notes .notes-none")).isVisible();
		page.locator("#note-body").fill("Ring Kari om <b>tilbudet</b> før fredag.\n\nAvtalen: https://fjordkraft.no/avtale.");
		page.locator(".note-save").click();

		var inTab = page.locator(".notes-tab .note");
		assertThat(inTab).hasCount(1);
		assertThat(inTab.locator(".note-body p").first()).hasText("Ring Kari om <b>tilbudet</b> før fredag.");
		assertThat(inTab.locator(".note-body a")).hasAttribute("href", "https://fjordkraft.no/avtale");
		assertThat(page.locator("#note-body")).hasValue("");
		var underFacts = page.locator("#section-notes .note");
		assertThat(underFacts).hasCount(1);
		assertThat(underFacts.locator(".note-author")).hasText(acme.user().name());
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);

		inTab.locator(".note-edit").click();
		page.locator(".notes-tab .note-edit-body").fill("Ring Kari om tilbudet før fredag. Hun venter.");
		page.locator(".notes-tab .note-update").click();
		assertThat(inTab.locator(".note-body")).hasText("Ring Kari om tilbudet før fredag. Hun venter.");
		assertThat(inTab.locator(".note-edited")).isVisible();
		assertThat(underFacts.locator(".note-body")).hasText("Ring Kari om tilbudet før fredag. Hun venter.");
		screenshot(page, "notes-company-phone");

		page.navigate(url("/contacts/" + kari + "?tab=notes"));
		var onPerson = page.locator(".notes-tab .note");
		assertThat(onPerson).hasCount(1);
		assertThat(onPerson.locator(".note-origin")).hasText("Written on Fjordkraft Handel AS");
		assertThat(page.locator("#section-notes .note .note-origin")).hasText("Written on Fjordkraft Handel AS");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "notes-person-phone");

		// many notes: the box under the facts starts with the three latest and loads older ones as it is scrolled
		for (int i = 1; i <= 14; i++) {
			api.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"Notat %d\"}".formatted(fjord, i));
		}
		page.navigate(url("/companies/" + fjord));
		var box = page.locator("#notes-latest-box");
		assertThat(box.locator(".note").first()).hasText(java.util.regex.Pattern.compile("Notat 14"));
		page.evaluate("() => window.notesMarker = 'same page'");
		for (int i = 0; i < 5 && box.locator(".note").count() < 15; i++) {
			box.evaluate("b => b.scrollTop = b.scrollHeight");
			page.waitForTimeout(300);
		}
		assertThat(box.locator(".note")).hasCount(15);
		assertThat(box.locator(".note").last()).containsText("Ring Kari");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notesMarker")).isEqualTo("same page");
		assertThat(page.locator(".record-tabs")).isVisible();

		// deleting from the tab takes it away under the facts too
		page.navigate(url("/companies/" + fjord + "?tab=notes"));
		page.onDialog(d -> d.accept());
		var first = page.locator(".notes-tab .note").first();
		assertThat(first.locator(".note-body")).hasText("Notat 14");
		first.locator(".note-delete").click();
		assertThat(page.locator(".notes-tab .note").first().locator(".note-body")).hasText("Notat 13");
		assertThat(page.locator("#section-notes .note").first().locator(".note-body")).hasText("Notat 13");
	}
}
