package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * An administrator on a phone keeps the registers: finds Settings in the menu, adds an industry and a category,
 * is told next to the field when the name is missing, and deletes after confirming. Nothing is wider than the screen.
 */
@NordCrmTest
class SettingsBrowserTest extends BrowserTestSupport {

	static final int WIDTH = 375;

	@Test
	void adminAddsAnIndustryAndACategoryOnAPhone() {
		var acme = tenants.create("Settings");
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
		login(page, acme.admin().email(), TestTenants.PASSWORD);

		// Settings is in the menu, next to Users
		page.locator(".navbar-toggler").tap();
		var nav = page.locator("#app-nav");
		assertThat(nav).hasClass(Pattern.compile("\\bshow\\b"));
		nav.getByText("Settings").tap();
		page.waitForURL(url("/admin/settings"));
		assertThat(page.locator("h1")).hasText("Settings");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-index");

		// an industry: first without a name, then with one
		page.locator("#settings-industries").tap();
		page.waitForURL(url("/admin/settings/industries"));
		assertThat(page.locator("h1")).hasText("Industries");
		page.locator("#code").fill("62.010");
		page.locator("#register-submit").tap();
		var name = page.locator("#name");
		assertThat(name).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#name + .invalid-feedback")).isVisible();
		assertThat(page.locator("#name + .invalid-feedback")).hasText("Fill in this field.");
		assertThat(page.locator("#code")).hasValue("62.010");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-industry-error");
		name.fill("Programming");
		page.locator("#register-submit").tap();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("The entry has been added.");
		var industry = page.locator("#entries tbody tr").filter(new Locator.FilterOptions().setHasText("Programming"));
		assertThat(industry).hasCount(1);
		assertThat(industry).containsText("62.010");
		assertInScreen(industry.locator(".entry-delete"));
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-industries");

		// a category for persons only
		page.navigate(url("/admin/settings/categories"));
		page.locator("#name").fill("Ambassador");
		page.locator("#scope").selectOption("PERSON");
		page.locator("#register-submit").tap();
		var category = page.locator("#entries tbody tr").filter(new Locator.FilterOptions().setHasText("Ambassador"));
		assertThat(category).containsText("Persons");
		assertThat(page.locator("#entries .entry-name")).hasText(new String[] { "Ambassador", "Nyhetsbrev", "VIP" });
		assertInScreen(category.locator(".entry-edit"));
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-categories");

		// deleting asks first: dismissing keeps the entry, accepting removes it
		page.onceDialog(d -> d.dismiss());
		category.locator(".entry-delete").tap();
		assertThat(page.locator("#entries .entry-name")).hasText(new String[] { "Ambassador", "Nyhetsbrev", "VIP" });
		page.onceDialog(d -> {
			assertThat(d.message()).isEqualTo("Delete \u201cAmbassador\u201d? This cannot be undone.");
			d.accept();
		});
		category.locator(".entry-delete").tap();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("The entry has been deleted.");
		assertThat(page.locator("#entries .entry-name")).hasText(new String[] { "Nyhetsbrev", "VIP" });

		// the number series page fits as well
		page.navigate(url("/admin/settings/number-series"));
		assertThat(page.locator("#series .series-name")).hasText("Kunder");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-number-series");
	}

	private static void assertInScreen(Locator button) {
		var box = button.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("right edge of the button").isLessThanOrEqualTo(WIDTH);
	}

	private static void assertNoHorizontalScroll(Page page) {
		assertThat(scrollWidth(page)).as("document width at %d px on %s", WIDTH, page.url()).isLessThanOrEqualTo(WIDTH);
	}
}
