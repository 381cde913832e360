package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;

import com.microsoft.playwright.options.AriaRole;

/** A wrong password on the login page, told in the language picked on that page. */
@NordCrmTest
class LoginErrorBrowserTest extends BrowserTestSupport {

	@Test
	void wrongPasswordIsToldInTheLanguagePickedOnTheLoginPage() {
		var acme = tenants.create("Wrong");
		var page = newPage("en-GB");

		page.navigate(url("/login"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("label[for=password]")).hasText("Password");
		assertThat(page.locator("#login-error")).hasCount(0);
		// nobody is logged in: no navbar, no user menu
		assertThat(page.locator("#user-menu")).hasCount(0);

		page.locator("button[data-lang=nb]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "nb");
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("label[for=email]")).hasText("E-post");
		assertThat(page.locator("label[for=password]")).hasText("Passord");
		assertThat(page.locator("label[for=remember-me]")).hasText("Hold meg innlogget i 30 dager");
		assertThat(page.locator("button[data-lang=nb]")).hasClass(Pattern.compile("\\bfw-bold\\b"));

		page.locator("#email").fill(acme.admin().email());
		page.locator("#password").fill("not-the-right-password");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Logg inn")).click();
		var error = page.locator("#login-error");
		assertThat(error).isVisible();
		assertThat(error).hasText("Feil e-post eller passord.");
		assertThat(error).hasAttribute("role", "alert");
		assertThat(page).hasURL(url("/login?error"));
		assertThat(page.locator("html")).hasAttribute("lang", "nb");
		assertThat(page.locator("#user-menu")).hasCount(0);
		screenshot(page);

		// the error is for that one attempt: loading the page again shows none
		page.navigate(url("/login"));
		assertThat(page.locator("label[for=password]")).hasText("Passord");
		assertThat(page.locator("#login-error")).hasCount(0);
	}
}
