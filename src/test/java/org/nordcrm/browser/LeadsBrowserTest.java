package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;

/**
 * On a phone: a lead company registered from the Leads menu with the company form and a lead status, shown on its
 * card as a lead, converted into a chosen customer number series, and then opened as the customer.
 */
@NordCrmTest
class LeadsBrowserTest extends BrowserTestSupport {

	@Test
	void registerALeadCompanyAndConvertItToACustomer() {
		var acme = tenants.create("Leadbook");
		var api = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		api.post("/api/v1/companies", "{\"name\": \"Gammel Kunde AS\"}");

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.locator(".navbar-toggler").click();
		page.locator("#nav-leads").click();
		page.waitForURL(url("/leads"));
		assertThat(page.locator(".leads-none")).isVisible();
		page.locator("#lead-new").click();
		page.waitForURL(url("/leads/new"));

		// a private person first, then back to a company: the drop-down swaps the form
		page.locator("#lead-kind").selectOption("PRIVATE");
		page.waitForURL(url("/leads/new?kind=PRIVATE"));
		assertThat(page.locator("#lastName")).isVisible();
		assertThat(page.locator("#leadSourceId")).isVisible();
		page.locator("#lead-kind").selectOption("COMPANY");
		page.waitForURL(url("/leads/new?kind=COMPANY"));
		assertThat(page.locator("#name")).isVisible();
		page.locator("#save-lead").click();
		assertThat(page.locator("#name.is-invalid")).isVisible();

		page.locator("#name").fill("Havbris Prospekt AS");
		page.locator("#leadStatusId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kontaktet"));
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "lead-new-phone");
		page.locator("#save-lead").click();

		page.waitForURL(u -> u.contains("/companies/"));
		var card = page.url();
		assertThat(page.locator("#lead-section .lead-badge")).isVisible();
		assertThat(page.locator("#lead-status option:checked")).hasText("Kontaktet");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "lead-card-phone");

		page.locator("#convert-lead").click();
		assertThat(page.locator(".series-choice")).hasCount(1);
		assertThat(page.locator(".latest-customers")).containsText("Gammel Kunde AS");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "lead-convert-phone");
		page.locator("#convert").click();
		assertThat(page.locator(".conversion")).containsText("Havbris Prospekt AS is now customer no. 10001");
		assertThat(page.locator("#register-new-lead")).isVisible();
		page.locator("#open-customer").click();
		page.waitForURL(card);
		assertThat(page.locator("#facts")).containsText("10001");
		assertThat(page.locator("#lead-section")).hasCount(0);
		assertThat(page.locator(".lead-converted")).isVisible();
	}
}
