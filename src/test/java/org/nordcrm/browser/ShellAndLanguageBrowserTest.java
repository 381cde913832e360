package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The shell after login, and a language chosen in the user menu that stays with the user. */
@NordCrmTest
class ShellAndLanguageBrowserTest extends BrowserTestSupport {

	@Test
	void languageChosenInUserMenuIsSavedOnTheUser() {
		var acme = tenants.create("Shell");
		var admin = acme.admin();
		var page = newPage("en-GB");

		login(page, admin.email(), TestTenants.PASSWORD);
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("h1")).hasText("Welcome, " + admin.name());
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		// the shell: navbar with brand, search box, nav links and the user menu
		var navbar = page.locator("nav.app-navbar");
		assertThat(navbar).isVisible();
		assertThat(navbar.locator(".navbar-brand")).hasText("NordCRM");
		var search = navbar.locator("input[name=q]");
		assertThat(search).isVisible();
		assertThat(search).hasAttribute("placeholder", "Search…");
		assertThat(navbar.locator(".navbar-toggler")).isHidden();
		assertThat(navbar.locator("#app-nav .nav-link")).hasText(new String[] { "Home", "Companies", "Contacts", "Leads", "My tasks", "Search", "Calendar", "Users", "Settings" });
		assertThat(page.locator("#user-menu")).isVisible();
		assertThat(page.locator("#user-menu")).containsText(admin.name());

		var menu = openUserMenu(page);
		assertThat(menu.locator(".dropdown-header").first()).hasText(admin.email());
		assertThat(menu.getByRole(AriaRole.LINK)).hasText(new String[] { "Watch list", "Change password", "API tokens", "Mobile number", "API documentation" });
		assertThat(menu.locator("button[data-lang]")).hasText(new String[] { "Norsk (bokmål)", "Svenska", "English" });
		assertThat(menu.locator("button[data-lang=en]")).hasClass(Pattern.compile("\\bactive\\b"));
		assertThat(menu.locator("#logout")).hasText("Log out");
		screenshot(page, testName + "-menu");

		// Swedish, chosen in the menu: back on the same page, all in Swedish
		menu.locator("button[data-lang=sv]").click();
		assertThat(page.locator("h1")).hasText("Välkommen, " + admin.name());
		assertThat(page).hasURL(url("/"));
		assertSwedishShell(page);
		screenshot(page);

		page.reload();
		assertThat(page.locator("h1")).hasText("Välkommen, " + admin.name());
		assertSwedishShell(page);
		assertThat(openUserMenu(page).locator("button[data-lang=sv]")).hasClass(Pattern.compile("\\bactive\\b"));

		// error pages follow the language too
		page.navigate(url("/no-such-page"));
		assertThat(page.locator("#error-message"))
			.hasText("Sidan eller posten finns inte, eller så har du inte behörighet till den.");

		// logging out lands on the login page, which says so
		logout(page);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du är utloggad.");
		assertThat(page.locator("#email")).isVisible();

		// log back in: still Swedish
		login(page, admin.email(), TestTenants.PASSWORD);
		assertThat(page.locator("h1")).hasText("Välkommen, " + admin.name());
		logout(page);

		// and from a browser that never chose a language (no cookie, English Accept-Language): the user's choice wins
		var other = newPage("en-GB");
		other.navigate(url("/login"));
		assertThat(other.locator("label[for=password]")).hasText("Password");
		login(other, admin.email(), TestTenants.PASSWORD);
		assertThat(other.locator("h1")).hasText("Välkommen, " + admin.name());
		assertSwedishShell(other);
		screenshot(other, testName + "-new-browser");
		assertThat(other.context().cookies()).noneMatch(c -> c.name.equals("nordcrm-lang"));
	}

	private static void assertSwedishShell(Page page) {
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("#app-nav .nav-link")).hasText(new String[] { "Start", "Företag", "Kontakter", "Leads", "Mina uppgifter", "Sök", "Kalender", "Användare", "Inställningar" });
		assertThat(page.locator("nav input[name=q]")).hasAttribute("placeholder", "Sök…");
		assertThat(page.locator("#logout")).hasText("Logga ut");
	}
}
