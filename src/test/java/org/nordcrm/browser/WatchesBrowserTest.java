package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;

/** On a phone: watch a date on a company's Watches tab, see it on the watch list, edit it and delete it. */
@NordCrmTest
class WatchesBrowserTest extends BrowserTestSupport {

	@Test
	void watchADateOnACompanyAndSeeItOnTheWatchList() {
		var acme = tenants.create("Watchful");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var fjord = api.post("/api/v1/companies", "{\"name\": \"Fjordkraft Handel AS\"}").json().get("id").asString();

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies/" + fjord + "?tab=watches"));
		var tab = page.locator(".watches-tab");
		assertThat(tab.locator(".watches-none")).isVisible();
		tab.locator("#label").fill("Contract renewal");
		tab.locator("#watchAt").fill("2099-03-01");
		tab.locator("#beforeAmount").fill("2");
		tab.locator("#beforeUnit").selectOption("WEEKS");
		tab.locator(".watch-save").click();

		assertThat(page.locator(".watches-tab .watch-saved")).isVisible();
		var item = page.locator(".watches-tab .watch-item");
		assertThat(item).hasCount(1);
		assertThat(item.locator(".watch-label")).hasText("Contract renewal");
		assertThat(item.locator(".watch-at")).containsText("1 Mar 2099 08:00");
		assertThat(item.locator(".watch-delivery[data-status=PENDING]")).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "watches-tab-phone");

		page.navigate(url("/watches"));
		var listed = page.locator(".watch-list-page .watch-item");
		assertThat(listed).hasCount(1);
		assertThat(listed.locator(".watch-label")).hasText("Contract renewal");
		assertThat(listed.locator(".watch-record")).hasText("Fjordkraft Handel AS");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "watch-list-phone");

		listed.locator(".watch-edit").click();
		page.locator("#label").fill("Contract renewal, call Kari");
		page.locator("#time").fill("10:30");
		page.locator(".watch-save").click();
		assertThat(page.locator(".watch-list-page .watch-label")).hasText("Contract renewal, call Kari");
		assertThat(page.locator(".watch-list-page .watch-at")).containsText("1 Mar 2099 10:30");

		page.locator(".watch-list-page .watch-delete").click();
		assertThat(page.locator(".watch-list-page .watches-none")).isVisible();
	}
}
