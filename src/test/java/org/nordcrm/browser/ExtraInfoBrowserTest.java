package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * On a phone: extra info (origin, source, products of interest) is chosen in the company form and shown among the
 * card's facts; once the administrator ticks "own tab" in Settings it leaves the facts and the form for an Extra
 * info tab, where it is edited in place; the company form then keeps it as it is.
 */
@NordCrmTest
class ExtraInfoBrowserTest extends BrowserTestSupport {

	static final int WIDTH = 375;

	@Autowired
	Registers registers;

	@Autowired
	CompanyManagement companies;

	@Test
	void extraInfoMovesFromTheFactsToItsOwnTab() {
		var acme = tenants.create("Tillegg");
		acme.as(() -> registers.save(NamedRegister.PRODUCT_INTERESTS, null, "Regnskap"));
		acme.as(() -> registers.save(NamedRegister.PRODUCT_INTERESTS, null, "Lønn"));
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
		login(page, acme.admin().email(), TestTenants.PASSWORD);

		// off (the default): chosen in the form, shown among the facts
		page.navigate(url("/companies/new"));
		page.locator("#name").fill("Havbris AS");
		page.locator("#originId").selectOption(new SelectOption().setLabel("Messe"));
		page.locator("#sourceId").selectOption(new SelectOption().setLabel("Annonse"));
		page.getByLabel("Regnskap").check();
		assertNoHorizontalScroll(page);
		page.locator("#save-company").tap();
		page.waitForURL(Pattern.compile(".*/companies/[0-9a-f-]{36}$"));
		var facts = page.locator("#facts");
		assertThat(facts.locator(".origin")).hasText("Messe");
		assertThat(facts.locator(".source")).hasText("Annonse");
		assertThat(facts.locator(".products")).hasText("Regnskap");
		assertThat(page.locator("[data-tab=extra-info]")).hasCount(0);
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-facts");
		var card = page.url();

		// the administrator chooses the tab
		page.navigate(url("/admin/settings"));
		page.getByLabel("Show extra info as its own tab").check();
		page.locator("#preferences-submit").tap();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("The preferences have been saved.");
		assertThat(page.locator("#extraInfoTab")).isChecked();
		assertNoHorizontalScroll(page);

		// on: gone from the facts, on its own tab instead
		page.navigate(card);
		assertThat(page.locator(".record-name")).hasText("Havbris AS");
		assertThat(facts.locator(".origin")).hasCount(0);
		assertThat(facts.locator(".products")).hasCount(0);
		var tab = page.locator("[data-tab=extra-info]");
		assertThat(tab).hasText("Extra info");
		tab.tap();
		var extra = page.locator("#extra-info");
		assertThat(extra.locator(".origin")).hasText("Messe");
		assertThat(extra.locator(".source")).hasText("Annonse");

		// edited in place
		page.locator("#edit-extra-info").tap();
		page.locator("#extra-info #sourceId").selectOption(new SelectOption().setLabel("Partner"));
		page.getByLabel("Regnskap").uncheck();
		page.getByLabel("Lønn").check();
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-tab-edit");
		page.locator("#save-extra-info").tap();
		assertThat(extra.locator(".source")).hasText("Partner");
		assertThat(extra.locator(".products")).hasText("Lønn");
		assertThat(extra.locator(".origin")).hasText("Messe");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-tab");

		// the company form no longer offers extra info, and keeps it when the company is saved
		page.locator("#edit-company").tap();
		assertThat(page.locator("#company-form #phone")).isVisible();
		assertThat(page.locator("#company-form #sourceId")).hasCount(0);
		page.locator("#company-form #phone").fill("22 33 44 55");
		page.locator("#save-company").tap();
		assertThat(page.locator("#facts a[href^='tel:']")).hasText("22 33 44 55");
		var saved = acme.as(() -> companies.byName(CompanyFilter.NONE, 1).getFirst());
		assertThat(acme.as(() -> registers.find(NamedRegister.SOURCES, saved.sourceId())).name()).isEqualTo("Partner");
		assertThat(acme.as(() -> registers.list(NamedRegister.PRODUCT_INTERESTS, saved.productInterestIds())))
			.extracting(p -> p.name()).containsExactly("Lønn");

		// the tab can be linked to; someone else's change meanwhile is not overwritten
		page.navigate(card + "?tab=extra-info");
		assertThat(extra.locator(".source")).hasText("Partner");
		page.locator("#edit-extra-info").tap();
		assertThat(page.locator("#extra-info-form")).isVisible();
		acme.as(() -> companies.update(saved.id(), CompanyInput.of(saved).withExtraInfo(null, null, saved.productInterestIds(), null)));
		page.locator("#extra-info #originId").selectOption(new SelectOption().setLabel("Nettside"));
		page.locator("#save-extra-info").tap();
		assertThat(page.locator("#extra-info .alert-danger")).containsText("Someone else changed this record");
		assertNoHorizontalScroll(page);
		screenshot(page, testName + "-conflict");
	}

	private static void assertNoHorizontalScroll(Page page) {
		assertThat(scrollWidth(page)).as("document width at %d px on %s", WIDTH, page.url()).isLessThanOrEqualTo(WIDTH);
	}
}
