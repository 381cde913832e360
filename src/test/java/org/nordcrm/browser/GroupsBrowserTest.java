package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.options.SelectOption;

/** An administrator builds a group tree with members and sees it shown, on a phone-sized screen too. */
@NordCrmTest
class GroupsBrowserTest extends BrowserTestSupport {

	@Test
	void buildATreeWithMembers() {
		var acme = tenants.create("Tree");
		var page = newPage("en-GB");
		login(page, acme.admin().email(), TestTenants.PASSWORD);
		page.navigate(url("/admin/settings"));
		page.locator("#admin-groups").click();

		page.locator("#group-name").fill("Sales");
		page.locator("#group-type").selectOption("SALES");
		page.locator("#new-group button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("The group has been saved");

		page.locator("#group-name").fill("Sales West");
		page.locator("#group-type").selectOption("SALES");
		page.locator("#group-parent").selectOption(new SelectOption().setLabel("Sales"));
		page.locator("#new-group button[type=submit]").click();

		var west = page.locator("li.group[data-group='Sales West']");
		west.locator(".add-member select").selectOption(new SelectOption().setLabel(acme.user().name()));
		west.locator(".add-member input[name=roleName]").fill("Team leader");
		west.locator(".add-member button").click();
		assertThat(page.locator(".alert-success")).containsText("The member has been added");

		var top = page.locator(".group-tree > li.group");
		assertThat(top).hasCount(1);
		assertThat(top.locator("> .card-body .group-name")).hasText("Sales");
		var child = top.locator("> ul > li.group");
		assertThat(child.locator("> .card-body .group-name")).hasText("Sales West");
		assertThat(child.locator(".member")).containsText(acme.user().name() + " (Team leader)");

		page.onDialog(d -> d.accept());
		top.locator("> .card-body form[action$='/delete'] button").click();
		assertThat(page.locator(".alert-danger")).containsText("has sub-groups");
		page.setViewportSize(375, 740);
		page.reload();
		assertThat(page.locator(".group-tree")).isVisible();
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page);
	}
}
