package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Locator;

/**
 * The search page answers while the user types (htmx, under the content security policy): the result list is
 * replaced in place, the page is not reloaded, and the address follows the query so back and reload work.
 */
@NordCrmTest
class SearchAsYouTypeBrowserTest extends BrowserTestSupport {

	@Test
	void resultsFollowTheTypingWithoutAPageLoad() {
		var acme = tenants.create("Typing");
		var page = newPage("en-GB");
		var cspViolations = new ArrayList<String>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				cspViolations.add(m.text());
			}
		});
		login(page, acme.admin().email(), TestTenants.PASSWORD);
		page.navigate(url("/search"));
		page.evaluate("() => window.__samePage = true");

		var input = page.locator("#search-q");
		input.pressSequentially("Selger Typ", new Locator.PressSequentiallyOptions().setDelay(40));
		var hits = page.locator("#search-results .search-hit");
		assertThat(hits).hasCount(1);
		assertThat(hits.first()).containsText(acme.user().email());
		assertThat(page).hasURL(Pattern.compile(".*/search\\?q=Selger(\\+|%20)Typ.*"));
		assertThat(page.evaluate("() => window.__samePage === true")).isEqualTo(true);

		input.fill("no such person anywhere");
		assertThat(page.locator("#search-results")).containsText("Nothing found for \"no such person anywhere\"");
		screenshot(page);

		page.reload();
		assertThat(page.locator("#search-q")).hasValue("no such person anywhere");
		assertThat(cspViolations).isEmpty();
	}
}
