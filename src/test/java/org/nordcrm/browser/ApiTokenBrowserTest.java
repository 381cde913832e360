package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A personal API token made in the page works for the API until it is revoked in the page. */
@NordCrmTest
class ApiTokenBrowserTest extends BrowserTestSupport {

	@Test
	void tokenCreatedInThePageWorksUntilRevokedThere() {
		var acme = tenants.create("Tokens");
		var admin = acme.admin();
		var page = newPage("en-GB");
		login(page, admin.email(), TestTenants.PASSWORD);

		openUserMenu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API tokens")).click();
		page.waitForURL(url("/account/tokens"));
		assertThat(page.locator("h1")).hasText("API tokens");
		assertThat(page.getByText("You have no API tokens.")).isVisible();

		page.locator("#name").fill("Accounting sync");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		var newToken = page.locator("#new-token");
		assertThat(newToken).hasValue(Pattern.compile("^ncrm_\\S+$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token \"Accounting sync\" created.");
		var token = newToken.inputValue();
		var row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Accounting sync"));
		assertThat(row).hasCount(1);
		assertThat(row.locator("td").nth(1)).hasText(token.substring(0, 9) + "…");
		assertThat(row.locator("td").nth(4)).hasText("Active");
		// the form is empty again, ready for another
		assertThat(page.locator("#name")).hasValue("");
		screenshot(page);

		// a script uses it
		var api = new Api(port).token(token);
		var me = api.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(admin.email());

		// revoking asks first: saying no changes nothing
		List<String> dialogs = new ArrayList<>();
		page.waitForLoadState();
		page.onceDialog(d -> {
			dialogs.add(d.type() + ": " + d.message());
			d.dismiss();
		});
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
		assertThat(dialogs).containsExactly("confirm: Revoke this token? Scripts that use it stop working at once.");
		assertThat(newToken).isVisible();
		assertThat(row.locator("td").nth(4)).hasText("Active");
		assertThat(api.get("/api/v1/me").status()).isEqualTo(200);

		// saying yes revokes it
		page.onceDialog(d -> {
			dialogs.add(d.type() + ": " + d.message());
			d.accept();
		});
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The token has been revoked.");
		assertThat(page).hasURL(url("/account/tokens"));
		assertThat(dialogs).hasSize(2);
		assertThat(newToken).hasCount(0);
		assertThat(row.locator("td").nth(4)).hasText("Revoked");
		assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
		assertThat(row.locator("td").nth(3)).not().hasText("Never");
		screenshot(page, testName + "-revoked");

		var after = api.get("/api/v1/me");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.json().get("detail").asString()).contains("unknown, revoked");
	}
}
