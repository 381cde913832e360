package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/**
 * On a 375 px phone: from the companies list to the import page, upload a file, map a column the proposal did not
 * know by hand, preview, start, watch the progress bar, read the report and download the failed rows.
 */
@NordCrmTest
class ImportBrowserTest extends BrowserTestSupport {

	static final int ROWS = 2500;

	static byte[] file() {
		var csv = new StringBuilder("Kundens navn;Org.nr.;E-post\n");
		for (int i = 0, n = 0; n < ROWS; i++) {
			var first8 = String.valueOf(81_000_000 + i);
			int check = OrganisationNumber.norwegianCheckDigit(first8);
			if (check < 0) {
				continue;
			}
			n++;
			var email = n % 1000 == 0 ? "ikke-epost-" + n : "post" + n + "@telefon.test";
			csv.append("Mobilbutikken ").append(n).append(" AS;").append(first8).append(check).append(';').append(email).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void uploadMapByHandWatchTheProgressAndDownloadTheFailedRows() throws Exception {
		var acme = tenants.create("Opplasting");
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 740).setIsMobile(true));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/search"));
		page.locator("#import-link").click();
		page.locator("#target").selectOption("COMPANY");
		page.locator("#file").setInputFiles(new FilePayload("mobilbutikker.csv", "text/csv", file()));
		page.locator("#upload-submit").click();

		assertThat(page.locator("#file-facts")).containsText("%,d rows, 3 columns".formatted(ROWS));
		var nameColumn = page.locator("#field-0");
		assertThat(nameColumn).hasValue(""); // "Kundens navn" is not a name the proposal knows
		assertThat(page.locator("#field-1")).hasValue("organisationNumber");
		assertThat(page.locator("#field-2")).hasValue("email");
		nameColumn.selectOption(new SelectOption().setLabel("Name"));
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		page.locator("#preview-submit").click();

		assertThat(page.locator("#preview-counts")).containsText("%,d of %,d rows checked: %,d new".formatted(ROWS, ROWS, ROWS - 2));
		assertThat(page.locator(".preview-row").first()).containsText("Mobilbutikken 1 AS");
		assertThat(page.locator("#preview-problems")).containsText("Row 1001");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "import-preview");
		page.locator("#start-import").click();

		assertThat(page.locator("#import-progress")).isVisible();
		assertThat(page.locator("#import-rate")).containsText("rows per second");
		screenshot(page, "import-progress");
		assertThat(page.locator("#import-report")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
			.setTimeout(120_000));
		assertThat(page.locator("#report-created")).hasText("%,d".formatted(ROWS - 2));
		assertThat(page.locator("#report-failed")).hasText("2");
		assertThat(page.locator("#failed-rows")).containsText("Row 1001");
		org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);
		screenshot(page, "import-report");

		var download = page.waitForDownload(() -> page.locator("#download-failed").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("mobilbutikker-failed.csv");
		var lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(lines).hasSize(3);
		org.assertj.core.api.Assertions.assertThat(lines.get(1)).startsWith("1001;\"Column \"\"E-post\"\": Enter a valid e-mail address")
			.endsWith(";ikke-epost-1000");

		// the import shows in the company's history with its file
		page.navigate(url("/search?q=Mobilbutikken+17"));
		page.locator("a:has-text('Mobilbutikken 17 AS')").first().click();
		page.navigate(page.url() + "?tab=history");
		assertThat(page.locator(".history-import").first()).containsText("imported from mobilbutikker.csv");
	}
}
