package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Page;

/**
 * A salesperson finds a customer registered twice, merges the copy into it choosing the copy's e-mail, sees the
 * copy's contact on the survivor, then undoes the merge from the History tab; an administrator erases a deleted
 * person for good. On a phone.
 */
@NordCrmTest
class MergeBrowserTest extends BrowserTestSupport {

	@Test
	void mergeThenUndoFromHistory() {
		var acme = tenants.create("Merge browser");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var survivor = api.post("/api/v1/companies", "{\"name\": \"Havbris AS\", \"phone\": \"22 11 22 11\"}").json().get("id").asString();
		var copy = api.post("/api/v1/companies", "{\"name\": \"Havbris Trondheim AS\", \"email\": \"post@havbris.no\"}").json()
			.get("id").asString();
		var person = api.post("/api/v1/contacts", "{\"firstName\": \"Tone\", \"lastName\": \"Trondsen\"}").json().get("id").asString();
		api.post("/api/v1/contacts/" + person + "/companies", "{\"companyId\": \"" + copy + "\"}");

		var seller = newPage("nb-NO");
		seller.setViewportSize(375, 740);
		login(seller, acme.user().email(), TestTenants.PASSWORD);
		seller.navigate(url("/companies/" + survivor));
		seller.locator("a.merge-with").click();
		seller.locator("#merge-q").fill("Havbris Trondheim");
		seller.locator("#merge-q").press("Enter");
		seller.locator(".merge-candidate", new Page.LocatorOptions().setHasText("Havbris Trondheim AS")).click();

		assertThat(seller.locator("h1")).hasText("Slå sammen");
		assertThat(seller.locator("#a-email")).not().isChecked();
		// the survivor has no e-mail: the copy's is proposed
		assertThat(seller.locator("#b-email")).isChecked();
		assertThat(seller.locator("#a-name")).isChecked();
		org.assertj.core.api.Assertions.assertThat(scrollWidth(seller)).isLessThanOrEqualTo(375);
		screenshot(seller);
		seller.locator("#merge-submit").click();

		assertThat(seller.locator(".alert-success")).containsText("Havbris Trondheim AS (10001) er slått sammen med Havbris AS (10000)");
		assertThat(seller.locator(".history-line").first()).containsText("Slått sammen med Havbris Trondheim AS");
		seller.navigate(url("/companies/" + survivor));
		assertThat(seller.locator("#facts")).containsText("post@havbris.no");
		assertThat(seller.locator(".contacts-tab .contact-row")).containsText("Tone Trondsen");

		seller.locator(".record-tabs [data-tab=history]").click();
		seller.locator("button.undo-merge").click();
		assertThat(seller.locator(".alert-success")).containsText("Sammenslåingen er angret");
		assertThat(seller.locator(".history-line").first()).containsText("Sammenslåing angret med Havbris Trondheim AS");
		assertThat(seller.locator("button.undo-merge")).hasCount(0);
		seller.navigate(url("/companies/" + survivor));
		assertThat(seller.locator("#facts")).not().containsText("post@havbris.no");
		seller.navigate(url("/companies/" + copy));
		assertThat(seller.locator(".record-name")).hasText("Havbris Trondheim AS");
		assertThat(seller.locator(".contacts-tab .contact-row")).containsText("Tone Trondsen");
	}

	@Test
	void anAdministratorErasesADeletedPersonAfterConfirming() {
		var acme = tenants.create("Erase browser");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var person = api.post("/api/v1/contacts", "{\"firstName\": \"Glemt\", \"lastName\": \"Glemsen\"}").json().get("id").asString();
		api.delete("/api/v1/contacts/" + person);

		var admin = newPage("en-GB");
		admin.setViewportSize(375, 740);
		login(admin, acme.admin().email(), TestTenants.PASSWORD);
		admin.navigate(url("/admin/restore"));
		admin.locator(".deleted-record", new Page.LocatorOptions().setHasText("Glemt Glemsen")).locator("a.erase").click();
		assertThat(admin.locator("#erase-name")).hasText("Glemt Glemsen");
		admin.locator("#erase-submit").click();
		assertThat(admin.locator(".alert-danger")).containsText("Tick the box");
		admin.locator("#erase-confirm").check();
		admin.locator("#erase-submit").click();
		assertThat(admin.locator(".alert-success")).containsText("Glemt Glemsen was erased for good");
		assertThat(admin.locator(".deleted-record")).hasCount(0);
		admin.navigate(url("/admin/history?kind=person"));
		assertThat(admin.locator(".history-line").first()).containsText("Erased");
		assertThat(admin.locator("body")).not().containsText("Glemsen");
	}
}
