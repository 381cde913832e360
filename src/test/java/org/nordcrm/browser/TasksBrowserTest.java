package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;

/**
 * On a phone: a task made from a company card's Tasks tab with the person picker, marked done there, gone from the
 * open tasks and found among the done ones, on the tab and on My tasks.
 */
@NordCrmTest
class TasksBrowserTest extends BrowserTestSupport {

	@Test
	void createATaskFromACompanysTabWithThePersonPickerMarkItDoneAndFindItAmongTheDoneOnes() {
		var acme = tenants.create("Taskbook");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var fjord = api.post("/api/v1/companies", "{\"name\": \"Fjordkraft Handel AS\"}").json().get("id").asString();
		var kari = api.post("/api/v1/contacts", "{\"firstName\": \"Kari\", \"lastName\": \"Oppgavesen\"}").json().get("id").asString();
		api.post("/api/v1/contacts/" + kari + "/companies", "{\"companyId\": \"%s\"}".formatted(fjord));

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies/" + fjord + "?tab=tasks"));
		assertThat(page.locator(".tasks-tab .tasks-none")).isVisible();
		assertThat(page.locator("#section-tasks .tasks-none")).isVisible();
		page.locator(".tasks-tab .task-new").click();

		assertThat(page.locator(".task-company-picker .picked-chip")).hasText("Fjordkraft Handel AS");
		page.locator("#title").fill("Ring Kari om fornyelse");
		page.locator("#dueDate").fill("2030-06-14");
		page.locator("#picker-personId").pressSequentially("Oppgaves");
		page.locator(".task-person-picker .pick").first().click();
		assertThat(page.locator(".task-person-picker .picked-chip")).hasText("Kari Oppgavesen");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "tasks-form-phone");
		page.locator("#task-save").click();

		page.waitForURL(url("/companies/" + fjord + "?tab=tasks"));
		var item = page.locator(".tasks-tab .task-item");
		assertThat(item).hasCount(1);
		assertThat(item.locator(".task-title")).hasText("Ring Kari om fornyelse");
		assertThat(item.locator(".task-person")).hasText("Kari Oppgavesen");
		assertThat(item.locator(".task-status")).hasText("Ikke startet");
		assertThat(page.locator("#section-tasks .task-title")).hasText("Ring Kari om fornyelse");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "tasks-tab-phone");

		item.locator(".task-done").click();
		assertThat(page.locator(".tasks-tab .task-item")).hasCount(0);
		assertThat(page.locator(".tasks-tab .tasks-none")).isVisible();
		assertThat(page.locator("#section-tasks .tasks-none")).isVisible();

		page.locator(".tasks-tab label", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Fullført")).click();
		assertThat(page.locator(".tasks-tab .task-item .task-status")).hasText("Fullført");
		assertThat(page.locator(".tasks-tab .task-done")).hasCount(0);

		// My tasks: the open ones by default, then only the done ones
		page.locator(".navbar-toggler").click();
		page.locator("#nav-tasks").click();
		page.waitForURL(url("/tasks"));
		assertThat(page.locator(".task-item")).hasCount(0);
		for (var open : new String[] { "Ikke startet", "Pågår", "Venter" }) {
			page.locator("#task-filter label", new com.microsoft.playwright.Page.LocatorOptions().setHasText(open)).click();
		}
		page.locator("#task-filter label", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Fullført")).click();
		page.locator("#task-filter-apply").click();
		assertThat(page.locator(".task-item .task-title")).hasText("Ring Kari om fornyelse");
		assertThat(page.locator(".task-item .task-company")).hasText("Fjordkraft Handel AS");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "tasks-mine-done-phone");
	}
}
