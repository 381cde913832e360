package org.nordcrm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.FilePayload;

/** On a phone: two files chosen in the file picker upload with a progress bar, and the PDF opens in the browser. */
@NordCrmTest
class FilesBrowserTest extends BrowserTestSupport {

	@Test
	void uploadsTwoFilesByThePickerAndPreviewsThePdf() {
		var acme = tenants.create("Filside");
		var page = newPage(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(375, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
		login(page, acme.user().email(), TestTenants.PASSWORD);
		page.navigate(url("/companies/new"));
		page.locator("#name").fill("Dokument AS");
		page.locator("#save-company").tap();
		page.waitForURL(Pattern.compile(".*/companies/[0-9a-f-]{36}$"));
		page.locator("[data-tab=files]").tap();
		assertThat(page.locator(".file-folder[data-folder=Kontrakter]")).isVisible();

		page.locator("#upload-folder").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kontrakter"));
		page.locator("#file-input").setInputFiles(new FilePayload[] {
				new FilePayload("kontrakt.pdf", "application/pdf", tinyPdf("Kontrakt med Dokument AS")),
				new FilePayload("møtenotat.txt", "text/plain", "Referat fra møtet".getBytes(StandardCharsets.UTF_8)) });
		assertThat(page.locator("#files-done")).hasText("2 files uploaded.");
		var contracts = page.locator(".file-folder[data-folder=Kontrakter]");
		assertThat(contracts.locator(".file-name")).hasText(new String[] { "kontrakt.pdf", "møtenotat.txt" });
		assertThat(page.locator("#files-recent li")).hasCount(2);
		screenshot(page);
		assertThat(scrollWidth(page)).isLessThanOrEqualTo(375);

		var preview = contracts.locator("[data-file='kontrakt.pdf'] .file-preview");
		assertThat(contracts.locator("[data-file='møtenotat.txt'] .file-preview")).hasCount(0);
		var served = page.context().request().get(url(preview.getAttribute("href")));
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(served.headers().get("content-disposition")).startsWith("inline");
		assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");

		var popup = page.waitForPopup(preview::tap);
		popup.waitForLoadState();
		assertThat(popup.url()).contains("inline=true");
		screenshot(popup, "pdf-preview");
	}

	/** A one-page PDF with a line of text, cross-reference offsets computed, as small as a valid PDF gets. */
	static byte[] tinyPdf(String text) {
		var objects = new ArrayList<String>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
		var stream = "BT /F1 18 Tf 20 70 Td (" + text + ") Tj ET";
		objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		var pdf = new StringBuilder("%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append("%010d 00000 n \n".formatted(o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}
}
