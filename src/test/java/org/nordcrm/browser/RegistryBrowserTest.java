package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.RegistryStub;
import org.nordcrm.support.TestTenants;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * On a phone: from "New company", look a company up in the register as you type, open the hit, tick the roles and
 * create it as a customer; the card shows the register's facts and the persons, and "Refresh from register" finds
 * nothing to change. Looking it up again says it is in the CRM already.
 */
@NordCrmTest
@TestPropertySource(properties = { RegistryStub.URL, RegistryStub.TIMEOUT, RegistryStub.BULK_DIR })
class RegistryBrowserTest extends BrowserTestSupport {

	static final int WIDTH = 375;

	static {
		RegistryStub.server();
	}

	@Test
	void looksUpAndCreatesACustomer() {
		var acme = tenants.create("Oppslag");
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
		login(page, acme.user().email(), TestTenants.PASSWORD);

		page.navigate(url("/companies/new"));
		page.locator("#registry-lookup").tap();
		page.waitForURL(Pattern.compile(".*/registry$"));
		page.locator("#registry-q").pressSequentially("fjord", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
		var hits = page.locator(".registry-hit");
		assertThat(hits).hasCount(2);
		assertThat(hits.nth(1).locator(".flag-bankrupt")).isVisible();
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-hits");

		hits.nth(0).locator(".unit-link").tap();
		assertThat(page.locator(".unit-name")).hasText("FJORDLYS AS");
		var roles = page.locator("input.role");
		assertThat(roles).hasCount(3);
		// daglig leder and styreleder are ticked; the board member is not
		assertThat(roles.nth(0)).isChecked();
		assertThat(roles.nth(1)).isChecked();
		assertThat(roles.nth(2)).not().isChecked();
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-preview");

		page.locator("#create-customer").tap();
		page.waitForURL(Pattern.compile(".*/companies/[0-9a-f-]{36}$"));
		var card = page.url();
		assertThat(page.locator(".record-name")).hasText("FJORDLYS AS");
		assertThat(page.locator("#section-registry .municipality")).hasText("OSLO (0301)");
		assertThat(page.locator("#section-registry .form-code")).hasText("AS Aksjeselskap");
		assertThat(page.locator("#tab-content")).containsText("Kari");
		assertThat(page.locator("#tab-content")).containsText("Hansen");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-card");

		page.locator("#refresh-from-register").tap();
		assertThat(page.locator(".no-differences")).isVisible();
		assertNoHorizontalScroll(page);

		// looked up again: in the CRM already, with a link to it
		page.navigate(url("/registry"));
		page.locator("#registry-q").fill("923456783");
		assertThat(page.locator(".registry-hit .in-crm")).isVisible();
		page.locator(".registry-hit .unit-link").tap();
		assertThat(page.locator("#create-form")).hasCount(0);
		page.locator("#open-existing").tap();
		page.waitForURL(card);
	}

	private static void assertNoHorizontalScroll(Page page) {
		assertThat(scrollWidth(page)).as("document width at %d px on %s", WIDTH, page.url()).isLessThanOrEqualTo(WIDTH);
	}
}
