package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** An administrator creates a user; the user logs in with the one-time password and must choose their own. */
@NordCrmTest
class NewUserBrowserTest extends BrowserTestSupport {

	@Test
	void adminCreatesUserWhoMustChangeTheOneTimePassword() {
		var acme = tenants.create("Onboard");
		var page = newPage("en-GB");
		login(page, acme.admin().email(), TestTenants.PASSWORD);

		page.navigate(url("/admin/users"));
		assertThat(page.locator("tbody tr")).hasCount(2);
		page.locator("#new-user").click();
		page.waitForURL(url("/admin/users/new"));
		assertThat(page.locator("h1")).hasText("New user");

		// an invalid e-mail: the error sits next to the field, and what was typed is kept
		var name = "Kari Nordmann " + System.nanoTime();
		page.locator("#name").fill(name);
		page.locator("#email").fill("kari.nordmann-at-example");
		page.locator("#role").selectOption("USER");
		page.locator("#locale").selectOption("nb");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		var email = page.locator("#email");
		assertThat(email).hasClass(Pattern.compile("\\bis-invalid\\b"));
		var emailError = page.locator("#email + .invalid-feedback");
		assertThat(emailError).isVisible();
		assertThat(emailError).hasText("Enter a valid e-mail address, like name@example.com.");
		assertThat(email).hasValue("kari.nordmann-at-example");
		assertThat(page.locator("#name")).hasValue(name);
		assertThat(page.locator("#name")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#role")).hasValue("USER");
		assertThat(page.locator("#locale")).hasValue("nb");
		assertThat(page.locator(".invalid-feedback:visible")).hasCount(1);
		screenshot(page, testName + "-invalid-email");

		// corrected: the one-time password is shown once
		var address = "kari." + System.nanoTime() + "@onboard.test";
		email.fill(address);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.locator("h1")).hasText("User " + name + " created");
		var oneTime = page.locator("#one-time-password");
		assertThat(oneTime).hasValue(Pattern.compile("\\S{10,}"));
		assertThat(oneTime).hasAttribute("readonly", "");
		var oneTimePassword = oneTime.inputValue();
		screenshot(page, testName + "-one-time-password");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to users")).click();
		page.waitForURL(url("/admin/users"));
		assertThat(page.locator("tbody tr")).hasCount(3);
		assertThat(page.locator("tbody")).containsText(address);
		logout(page);

		// the new user logs in with it and can do nothing but choose a password (in the language the admin set)
		login(page, address, oneTimePassword);
		assertThat(page).hasURL(url("/account/password"));
		assertThat(page.locator("h1")).hasText("Bytt passord");
		assertThat(page.locator(".alert-info")).hasText("Du logget inn med et engangspassord. Velg ditt eget passord for å fortsette.");
		assertThat(page.locator("#currentPassword")).hasCount(0);
		page.navigate(url("/account/tokens"));
		assertThat(page).hasURL(url("/account/password"));
		page.navigate(url("/search?q=kari"));
		assertThat(page).hasURL(url("/account/password"));
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/account/password"));
		screenshot(page, testName + "-must-change");

		var newPassword = "mitt-eget-passord-42";
		page.locator("#newPassword").fill(newPassword);
		page.locator("#repeatPassword").fill(newPassword);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre passord")).click();
		page.waitForURL(url("/"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Passordet ditt er endret.");
		assertThat(page.locator("h1")).hasText("Velkommen, " + name);
		assertThat(page.locator("#app-nav .nav-link")).hasText(new String[] { "Start", "Firmaer", "Kontakter", "Leads", "Mine oppgaver", "Søk", "Kalender" });
		screenshot(page);

		// free to go anywhere now, and the new password is the one that works
		page.navigate(url("/account/tokens"));
		assertThat(page).hasURL(url("/account/tokens"));
		logout(page);
		login(page, address, newPassword);
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("h1")).hasText("Velkommen, " + name);
	}

	/**
	 * The language field offers "As the browser says" (empty value) and starts on it; choosing it must work.
	 */
	@Test
	void userWithTheBrowsersLanguageCanBeCreated() {
		var acme = tenants.create("NoLang");
		var page = newPage("en-GB");
		login(page, acme.admin().email(), TestTenants.PASSWORD);
		page.navigate(url("/admin/users/new"));
		assertThat(page.locator("#locale")).hasValue("");
		page.locator("#name").fill("Browser Language");
		page.locator("#email").fill("browser.language." + System.nanoTime() + "@nolang.test");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.locator("h1")).hasText("User Browser Language created");
		screenshot(page);
		assertThat(page.locator("#one-time-password")).hasValue(Pattern.compile("\\S{10,}"));
	}
}
