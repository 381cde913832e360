package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.Relation;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

/** A salesperson deletes a customer; an administrator finds it under Restore customers and brings it back whole. */
@NordCrmTest
class RestoreBrowserTest extends BrowserTestSupport {

	@Autowired
	CompanyManagement companies;

	@Autowired
	ContactManagement contacts;

	@Test
	void deleteThenRestoreBringsTheCustomerBackWithItsContacts() {
		var acme = tenants.create("Restore");
		var company = acme.as(() -> companies.create(new CompanyInput("Zeta Bygg AS", null, null, "NO", Set.of(Relation.CUSTOMER),
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null)));
		acme.as(() -> contacts.link(contacts.create(new PersonInput("Zara", "Zetterberg", null, List.of(), List.of(), List.of(),
				null, null, null, null, List.of(), false, null, null)).id(), new LinkInput(company.id(), null, null, null, null, true)));

		var seller = newPage("nb-NO");
		seller.onDialog(d -> d.accept());
		login(seller, acme.user().email(), TestTenants.PASSWORD);
		seller.navigate(url("/companies/" + company.id()));
		seller.locator("form[action$='/delete'] button").click();
		assertThat(seller.locator(".alert-success")).containsText("Firmaet er slettet");

		var admin = newPage("nb-NO");
		login(admin, acme.admin().email(), TestTenants.PASSWORD);
		admin.navigate(url("/admin/settings"));
		admin.locator("#admin-restore").click();
		var row = admin.locator(".deleted-record", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Zeta Bygg AS"));
		assertThat(row).containsText("Slettet av " + acme.user().name());
		row.locator("button.restore").click();
		assertThat(admin.locator(".alert-success")).containsText("Zeta Bygg AS er gjenopprettet");

		admin.navigate(url("/companies/" + company.id()));
		assertThat(admin.locator(".contacts-tab .contact-row")).containsText("Zara Zetterberg");
		admin.locator(".record-tabs [data-tab=history]").click();
		assertThat(admin.locator(".history-line").first()).containsText("Gjenopprettet");
		assertThat(admin.locator(".history-line").nth(1)).containsText("Slettet");
		screenshot(admin);

		// the administrators' pages read on a phone too
		admin.setViewportSize(375, 740);
		for (var path : List.of("/admin/restore", "/admin/history")) {
			admin.navigate(url(path));
			org.assertj.core.api.Assertions.assertThat(scrollWidth(admin)).as(path).isLessThanOrEqualTo(375);
		}
		assertThat(admin.locator(".history-line").first()).containsText("Zeta Bygg AS");
	}
}
