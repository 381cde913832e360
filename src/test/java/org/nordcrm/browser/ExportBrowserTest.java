package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.SelectOption;

/** A seller on a phone filters the companies list, taps Export XLSX and gets the file; the administrator sees it logged. */
@NordCrmTest
class ExportBrowserTest extends BrowserTestSupport {

	@Test
	void exportTheFilteredCompanyListOnAPhone() throws IOException {
		var acme = tenants.create("Nedlasting");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var owner = acme.user().id().value();
		api.post("/api/v1/companies", "{\"name\": \"Blåbær og Tyttebær AS\", \"ownerId\": \"%s\", \"employees\": 7}".formatted(owner));
		api.post("/api/v1/companies", "{\"name\": \"Andre Sitt AS\"}");

		var page = newPage(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(375, 740).setIsMobile(true)
			.setHasTouch(true).setAcceptDownloads(true));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies"));
		page.locator("select[name=owner]").selectOption(new SelectOption().setLabel(acme.user().name()));
		assertThat(page.locator(".search-hit")).hasCount(1);
		assertThat(page.locator("#export-xlsx")).hasText("Eksporter XLSX");
		assertThat(page.locator("#export-csv")).isVisible();
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page);

		var download = page.waitForDownload(() -> page.locator("#export-xlsx").tap());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).matches("companies-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		List<Row> rows;
		try (var in = Files.newInputStream(download.path()); var wb = new ReadableWorkbook(in); var stream = wb.getFirstSheet().openStream()) {
			rows = stream.toList();
		}
		org.assertj.core.api.Assertions.assertThat(rows).hasSize(2);
		org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(1)).isEqualTo("Navn");
		org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(1)).isEqualTo("Blåbær og Tyttebær AS");
		org.assertj.core.api.Assertions.assertThat(rows.get(1).getCell(10).asNumber()).isEqualByComparingTo("7");

		var admin = newPage(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(375, 740));
		login(admin, acme.admin().email(), TestTenants.PASSWORD);
		admin.navigate(url("/admin/settings"));
		admin.locator("#admin-exports").click();
		var entry = admin.locator(".export-entry").first();
		assertThat(entry).containsText(acme.user().email());
		assertThat(entry).containsText("Firmaer: 1 rader, XLSX");
		assertThat(entry).containsText("owner=" + owner);
		assertThat(entry).containsText("Fra sidene");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(admin)).isLessThanOrEqualTo(375);
		screenshot(admin);
	}
}
