package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.Company;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.Relation;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The customer register as a salesperson uses it: companies, contacts, links, search, and moving customers. */
@NordCrmTest
class CustomerRegisterBrowserTest extends BrowserTestSupport {

	@Autowired
	CompanyManagement companies;

	@Autowired
	Registers registers;

	Company company(TestTenant t, String name, IndustryId industry) {
		return t.as(() -> companies.create(new CompanyInput(name, null, null, "NO", Set.of(Relation.CUSTOMER), null, industry,
				null, null, null, null, null, null, new Address(null, "0155", "Oslo", "NO"), null, null, null, null, null, null,
				null, null, null, List.of(), null, null)));
	}

	@Test
	void createCompanyWithAValidOrganisationNumberAfterTheErrorForAnInvalidOne() {
		var acme = tenants.create("Orgnr");
		var page = newPage("en-GB");
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/search?kind=company"));
		page.locator("#new-company").click();
		page.locator("#name").fill("Fjordkraft Handel AS");
		page.locator("#organisationNumber").fill("923 609 017");
		page.locator("#phone").fill("22 33 44 55");
		page.locator("#choose-categories").click();
		page.locator("#new-category").fill("Storkunde");
		page.locator("#add-category").click();
		assertThat(page.locator("#category-choices input:checked")).hasCount(1);
		page.locator("#categories-dialog .modal-footer button").click();
		page.locator("#save-company").click();

		var error = page.locator("#organisationNumber ~ .invalid-feedback");
		assertThat(error).containsText("A Norwegian organisation number has 9 digits");
		assertThat(page.locator("#name")).hasValue("Fjordkraft Handel AS");

		page.locator("#organisationNumber").fill("923 609 016");
		page.locator("#save-company").click();
		assertThat(page.locator(".record-name")).hasText("Fjordkraft Handel AS");
		assertThat(page.locator(".facts .orgnr")).containsText("923 609 016");
		assertThat(page.locator(".facts")).containsText("22 33 44 55");
		assertThat(page.locator(".facts")).containsText("Storkunde");

		// a second registration of the same number is warned about, with a link to the first
		page.navigate(url("/companies/new"));
		page.locator("#name").fill("Fjordkraft");
		page.locator("#organisationNumber").fill("923609016");
		page.locator("#save-company").click();
		assertThat(page.locator(".duplicates")).containsText("Fjordkraft Handel AS");
		assertThat(page.locator(".duplicates")).containsText("Same organisation number");
		screenshot(page);
	}

	@Test
	void addAContactAndLinkTheSamePersonToASecondCompanyWithAnotherRole() {
		var acme = tenants.create("Links");
		var fjord = company(acme, "Fjordkraft Handel", null);
		company(acme, "Bergen Bygg", null);
		var page = newPage("nb-NO");
		login(page, acme.user().email(), TestTenants.PASSWORD);

		page.navigate(url("/companies/" + fjord.id()));
		page.locator("#new-contact").click();
		page.locator("#firstName").fill("Kari");
		page.locator("#lastName").fill("Berg-Haugland");
		page.locator("#mobiles-0").fill("912 34 567");
		page.locator("#roleId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Daglig leder"));
		page.locator("#position").fill("CEO");
		page.locator("#save-contact").click();

		var row = page.locator(".contacts-tab .contact-row");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("Kari Berg-Haugland");
		assertThat(row.locator(".role")).hasText("Daglig leder");

		row.locator("a").first().click();
		assertThat(page.locator(".record-name")).hasText("Kari Berg-Haugland");
		var tab = page.locator(".companies-tab");
		assertThat(tab.locator(".link-row")).hasCount(1);
		tab.locator(".link-picker input[name=q]").pressSequentially("bergen", new Locator.PressSequentiallyOptions().setDelay(30));
		tab.locator(".pick", new Locator.LocatorOptions().setHasText("Bergen Bygg")).click();
		tab.locator(".link-picker select[name=roleId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Konsulent"));
		tab.locator(".link-picker button[type=submit]").click();

		var links = page.locator(".companies-tab .link-row");
		assertThat(links).hasCount(2);
		assertThat(links.filter(new Locator.FilterOptions().setHasText("Bergen Bygg")).locator(".role")).hasText("Konsulent");
		assertThat(links.filter(new Locator.FilterOptions().setHasText("Fjordkraft Handel")).locator(".role")).hasText("Daglig leder");

		// the same company again is refused with a message in Norwegian
		page.locator(".companies-tab .link-picker input[name=q]").pressSequentially("bergen", new Locator.PressSequentiallyOptions().setDelay(30));
		page.locator(".companies-tab .pick", new Page.LocatorOptions().setHasText("Bergen Bygg")).click();
		page.locator(".companies-tab .link-picker button[type=submit]").click();
		assertThat(page.locator(".companies-tab .alert-danger")).containsText("allerede koblet");
		assertThat(page.locator(".companies-tab .link-row")).hasCount(2);
		screenshot(page);
	}

	@Test
	void findThePersonByPartOfTheLastNameAndTheCompanyByAMisspeltName() {
		var acme = tenants.create("Finder");
		company(acme, "Ålesund Trelast", null);
		var page = newPage("en-GB");
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/contacts/new"));
		page.locator("#firstName").fill("Ola");
		page.locator("#lastName").fill("Kristiansen");
		page.locator("#save-contact").click();
		assertThat(page.locator(".record-name")).hasText("Ola Kristiansen");

		page.navigate(url("/search"));
		var input = page.locator("#search-q");
		input.pressSequentially("stians", new Locator.PressSequentiallyOptions().setDelay(30));
		assertThat(page.locator("#search-results .search-hit").first()).containsText("Ola Kristiansen");
		input.fill("");
		input.pressSequentially("alesnud trelast", new Locator.PressSequentiallyOptions().setDelay(30));
		assertThat(page.locator("#search-results .search-hit").first()).containsText("Ålesund Trelast");
		assertThat(page).hasURL(Pattern.compile(".*q=alesnud.*"));
		page.locator("#search-results .search-hit a").first().click();
		assertThat(page.locator(".record-name")).hasText("Ålesund Trelast");
	}

	@Test
	void moveAllCustomersFromOneIndustryToAnother() {
		var acme = tenants.create("Mover");
		var from = acme.as(() -> registers.saveIndustry(null, "Trelast", null));
		var to = acme.as(() -> registers.saveIndustry(null, "Byggevarer", null));
		for (var name : List.of("Alfa Tre", "Beta Tre", "Gamma Tre")) {
			company(acme, name, from.id());
		}
		var page = newPage("en-GB");
		page.onDialog(d -> d.accept());
		login(page, acme.admin().email(), TestTenants.PASSWORD);
		page.navigate(url("/admin/industries/" + from.id() + "/move"));
		assertThat(page.locator("main")).containsText("3 companies are in the industry");
		page.locator("#to").selectOption(to.id().toString());
		page.locator("#move").click();
		assertThat(page.locator(".alert-success")).containsText("3 companies moved to “Byggevarer”");
		assertThat(page.locator("#search-results .search-hit")).hasCount(3);
		assertThat(acme.as(() -> companies.countInIndustry(from.id()))).isZero();
	}

	@Test
	void htmlTypedIntoEveryFieldIsShownAsTextAndNoScriptRuns() {
		var acme = tenants.create("Script");
		var page = newPage("en-GB");
		var dialogs = new java.util.ArrayList<String>();
		page.onDialog(d -> {
			dialogs.add(d.message());
			d.dismiss();
		});
		login(page, acme.user().email(), TestTenants.PASSWORD);
		var evil = "<img src=x onerror=alert(1)><script>alert(2)</script>";
		page.navigate(url("/companies/new"));
		for (var field : List.of("#name", "#nickname", "#visitingAddress\\.street", "#visitingAddress\\.city", "#note")) {
			page.locator(field).fill(evil);
		}
		page.locator("#save-company").click();
		assertThat(page.locator(".record-name")).hasText(evil);
		assertThat(page.locator(".facts .note")).hasText(evil);
		page.navigate(url("/search?q=" + java.net.URLEncoder.encode("img", java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(page.locator("#search-results .search-hit").first()).containsText("<img");
		assertThat(page.locator("img[src=x]")).hasCount(0);
		assertThat(dialogs).isEmpty();
	}

	@Test
	void theCardReadsTopToBottomOnAPhone() {
		var acme = tenants.create("Phone card");
		var c = company(acme, "Telefonkortet AS", null);
		var page = newPage(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(375, 740).setIsMobile(true).setHasTouch(true));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies/" + c.id()));
		assertThat(page.locator(".contacts-tab")).isVisible();
		page.locator("#edit-company").click();
		assertThat(page.locator("#company-form #name")).hasValue("Telefonkortet AS");
		assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		page.locator("#company-form #nickname").fill("Kortet");
		page.locator("#company-form #name").fill("Telefonkortet Norge AS");
		page.locator("#save-company").click();
		assertThat(page.locator(".facts")).containsText("Kortet");
		assertThat(page.locator(".record-name")).hasText("Telefonkortet Norge AS");
		page.locator(".record-tabs [data-tab=history]").click();
		assertThat(page.locator(".history-line").first()).containsText("Smeknamn: Kortet");
		assertThat(page.locator(".history-line").first()).containsText("Ändrad");
		assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page);
	}
}
