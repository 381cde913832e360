package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

/** On a phone, a salesperson goes from the companies list to the likely duplicates and reads a pair. */
@NordCrmTest
class DuplicatesBrowserTest extends BrowserTestSupport {

	@Test
	void duplicatesReadOnAPhone() {
		var acme = tenants.create("Dupes");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		api.post("/api/v1/companies", """
				{"name": "Sørlandets Regnskapskontor og Rådgivning AS", "email": "post@sorlandet-regnskap.no"}""");
		api.post("/api/v1/companies", """
				{"name": "Rådgivning og Regnskap Sørlandet AS", "email": "post@sorlandet-regnskap.no"}""");

		var phone = newPage("sv-SE");
		phone.setViewportSize(375, 740);
		login(phone, acme.user().email(), TestTenants.PASSWORD);
		phone.navigate(url("/search?kind=company"));
		phone.locator("#find-duplicates").click();
		var pair = phone.locator(".duplicate-pair");
		assertThat(pair).hasCount(1);
		assertThat(pair.locator(".duplicate-reasons")).hasText("Samma e-postadress");
		assertThat(pair.locator("a.merge-link")).hasText("Jämför och slå ihop");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(phone)).isLessThanOrEqualTo(375);
		screenshot(phone);
		phone.locator(".nav-tabs a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Personer")).click();
		assertThat(phone.locator("#no-duplicates")).isVisible();
	}
}
