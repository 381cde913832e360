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

/** The pages on a phone: 375 px wide, touch, nothing wider than the screen. */
@NordCrmTest
class PhoneBrowserTest extends BrowserTestSupport {

	static final int WIDTH = 375;

	@Test
	void phoneHasCollapsedNavUsableSearchAndNoHorizontalScroll() {
		var acme = tenants.create("Phone");
		var admin = acme.admin();
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));

		page.navigate(url("/login"));
		assertThat(page.locator("#email")).isVisible();
		assertThat(page.locator("button[data-lang=nb]")).isVisible();
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-login");

		login(page, admin.email(), TestTenants.PASSWORD);
		assertThat(page.locator("h1")).hasText("Welcome, " + admin.name());
		assertNoHorizontalScroll(page);

		// collapsed navbar: the toggler and the user menu show, the nav links do not, the search box does
		var toggler = page.locator(".navbar-toggler");
		assertThat(toggler).isVisible();
		assertThat(toggler).hasAttribute("aria-label", "Menu");
		assertThat(page.locator("#user-menu")).isVisible();
		assertThat(page.locator("#app-nav")).isHidden();
		var search = page.locator("nav input[name=q]");
		assertThat(search).isVisible();
		var box = search.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(WIDTH);
		assertThat(box.width).as("search box width on a phone").isGreaterThan(WIDTH / 2.0);
		screenshot(page);

		// the search box works: type a colleague's name, get the search page with them in it
		search.tap();
		search.fill(acme.user().name());
		search.press("Enter");
		page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
		assertThat(page.locator("h1")).hasText("Search");
		assertThat(page.locator("#search-q")).hasValue(acme.user().name());
		assertThat(page.locator(".search-hit")).hasCount(1);
		assertThat(page.locator(".search-hit")).containsText(acme.user().email());
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-search");

		// the toggler opens the nav links; Search leads to the search page
		page.navigate(url("/"));
		page.waitForLoadState();
		toggler.tap();
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		var nav = page.locator("#app-nav");
		assertThat(nav).isVisible();
		// Bootstrap's collapse animation is over once it has the class "show"
		assertThat(nav).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(nav.locator(".nav-link")).hasText(new String[] { "Home", "Companies", "Contacts", "Leads", "My tasks", "Search", "Calendar", "Users", "Settings" });
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-nav-open");
		nav.getByText("Search").tap();
		page.waitForURL(url("/search"));
		assertThat(page.locator("h1")).hasText("Search");
		assertThat(page.locator("#search-q")).isVisible();
		assertNoHorizontalScroll(page);

		// the users list: a table, scrolled inside its own box if at all, never the page
		page.navigate(url("/admin/users"));
		assertThat(page.locator("h1")).hasText("Users");
		assertThat(page.locator("#new-user")).isVisible();
		assertThat(page.locator("tbody tr")).hasCount(2);
		assertThat(page.locator("tbody")).containsText(admin.email());
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-users");

		// every other page of the shell fits too, with its main control in reach
		page.navigate(url("/account/tokens"));
		page.locator("#name").fill("Phone script");
		page.locator("form[action$='/account/tokens'] button[type=submit]").tap();
		assertThat(page.locator("#new-token")).isVisible();
		assertThat(page.locator("tbody tr")).hasCount(1);
		var revoke = page.locator("tbody tr button[type=submit]");
		assertThat(revoke).isInViewport();
		assertThat(revoke.boundingBox().x + revoke.boundingBox().width).as("revoke button's right edge").isLessThanOrEqualTo(WIDTH);
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-tokens");
		for (var path : new String[] { "/admin/users/new", "/account/password", "/api/v1/docs", "/no/such/page" }) {
			page.navigate(url(path));
			assertThat(page.locator("h1, .title").first()).isVisible();
			if (!path.startsWith("/api/")) {
				assertNoHorizontalScroll(page);
			}
		}
	}

	/**
	 * The users table on a phone must stay readable: the e-mail address on a line or two, not one letter per line.
	 */
	@Test
	void usersTableStaysReadableOnAPhone() {
		var acme = tenants.create("Narrow");
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
		login(page, acme.admin().email(), TestTenants.PASSWORD);
		page.navigate(url("/admin/users"));
		var row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(acme.admin().name()));
		var email = row.locator(".user-email-phone");
		assertThat(email).isVisible();
		assertThat(email).hasText(acme.admin().email());
		double lineHeight = ((Number) email.evaluate("c => parseFloat(getComputedStyle(c).lineHeight)")).doubleValue();
		screenshot(page);
		// the address reads on a line or two, and the whole row fits the screen without scrolling sideways
		assertThat(email.boundingBox().height).as("height of the e-mail (line height %s px)", lineHeight)
			.isLessThanOrEqualTo(2 * lineHeight + 2);
		var rowBox = row.boundingBox();
		assertThat(rowBox.x + rowBox.width).as("right edge of the row").isLessThanOrEqualTo(WIDTH);
		assertNoHorizontalScroll(page);
	}

	private static void assertNoHorizontalScroll(Page page) {
		assertThat(scrollWidth(page)).as("document width at %d px on %s", WIDTH, page.url()).isLessThanOrEqualTo(WIDTH);
	}
}
