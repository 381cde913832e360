package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.LoadState;

/**
 * Issue 7's whole path on a phone: three leads (two companies and a private person) put into a campaign with the
 * picker, which offers leads, the call list worked through lead by lead (no answer, not interested, meeting booked),
 * and the lead that booked a meeting converted to a customer, keeping its call and its meeting.
 */
@NordCrmTest
class LeadCallListBrowserTest extends BrowserTestSupport {

	@Test
	void runACallListThroughThreeLeadsAndConvertOne() {
		var acme = tenants.create("Leadcalls");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var fjord = lead(api, "{\"kind\": \"COMPANY\", \"company\": {\"name\": \"Fjordlead AS\", \"phone\": \"22 11 22 33\"}}");
		lead(api, "{\"kind\": \"COMPANY\", \"company\": {\"name\": \"Havlead AS\", \"mobile\": \"913 11 111\"}}");
		lead(api, "{\"kind\": \"PRIVATE\", \"person\": {\"firstName\": \"Lena\", \"lastName\": \"Leadsen\", \"mobiles\": [\"922 22 222\"]}}");
		var campaign = api.post("/api/v1/campaigns", "{\"name\": \"Vårkampanje\"}");
		org.assertj.core.api.Assertions.assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
		var campaignId = campaign.json().get("id").asString();

		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/campaigns/" + campaignId));
		page.waitForLoadState(LoadState.LOAD);
		for (var name : new String[] { "Fjordlead", "Havlead", "Leadsen" }) {
			page.locator("#picker-ids").pressSequentially(name);
			page.locator(".campaign-picker .pick").first().click();
		}
		page.locator("#campaign-add-save").click();
		assertThat(page.locator(".member-item .member-name")).hasText(new String[] { "Fjordlead AS", "Havlead AS", "Lena Leadsen" });

		page.locator("#campaign-call").click();
		assertThat(page.locator(".call-name")).hasText("Fjordlead AS");
		assertThat(page.locator(".call-left")).hasText("3 of 3 left");
		assertThat(page.locator(".call-reach a[href='tel:+4722112233']")).isVisible();
		page.locator("#meeting summary").click();
		page.locator("#meetingStart").fill("2030-05-06T09:00");
		page.locator("#meetingEnd").fill("2030-05-06T10:00");
		page.locator("#comment").fill("Vil ha demo");
		page.locator("#outcome-meeting").click();

		assertThat(page.locator(".call-name")).hasText("Havlead AS");
		assertThat(page.locator(".call-left")).hasText("2 of 2 left");
		page.locator("#outcome-no-answer").click();

		assertThat(page.locator(".call-name")).hasText("Lena Leadsen");
		assertThat(page.locator(".call-reach a[href='tel:+4792222222']")).isVisible();
		page.locator("#outcome-not-interested").click();
		assertThat(page.locator(".call-done")).containsText("None left to call right now.");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);

		// the lead that booked a meeting becomes a customer, with its call and its meeting
		page.navigate(url("/companies/" + fjord));
		assertThat(page.locator("#lead-section .lead-badge")).isVisible();
		page.locator("#convert-lead").click();
		page.locator("#convert").click();
		assertThat(page.locator(".conversion")).containsText("Fjordlead AS is now customer no. 10000");
		page.locator("#open-customer").click();
		assertThat(page.locator("#facts")).containsText("10000");
		assertThat(page.locator("#lead-section")).hasCount(0);
		page.navigate(url("/companies/" + fjord + "?tab=activity"));
		assertThat(page.locator(".timeline-entry[data-kind=call] .timeline-title")).hasText("Call (Vårkampanje): Meeting booked 6 May 2030 09:00");
		page.navigate(url("/companies/" + fjord + "?tab=meetings"));
		assertThat(page.locator(".meetings-upcoming .meeting-title")).hasText("Meeting with Fjordlead AS (Vårkampanje)");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
	}

	private static String lead(Api api, String json) {
		var created = api.post("/api/v1/leads", json);
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}
}
