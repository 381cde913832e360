package org.nordcrm.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nordcrm.imports.ImportProperties;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.springframework.util.unit.DataSize;

/** Reading uploaded files: delimiters, encodings, quotes, XLSX-free edge cases, and every refusal with its line. */
class SourceFileTest {

	@TempDir
	Path dir;

	Path file(byte[] bytes) throws Exception {
		var f = Files.createTempFile(dir, "f", ".csv");
		Files.write(f, bytes);
		return f;
	}

	Path file(String text, Charset charset) throws Exception {
		return file(text.getBytes(charset));
	}

	static List<List<String>> rows(Path f, SourceFile.Layout layout) {
		var result = new ArrayList<List<String>>();
		try (var rows = SourceFile.rows(f, layout)) {
			rows.forEachRemaining(r -> result.add(r.cells()));
		}
		return result;
	}

	static String key(Runnable r) {
		try {
			r.run();
		}
		catch (InvalidInput e) {
			return e.errors().getFirst().messageKey() + List.of(e.errors().getFirst().args());
		}
		return "no error";
	}

	@Test
	void sniffsEachDelimiterAndReadsQuotedLineBreaks() throws Exception {
		for (var d : List.of(",", ";", "\t", "|")) {
			var f = file(String.join(d, "Navn", "Adresse", "Poststed") + "\n" + String.join(d, "Ås AS", "\"Storgata 1\nPostboks 7\"", "Ås")
					+ "\r\n" + String.join(d, "Bø AS", "Vegen 2", "Bø") + "\n", StandardCharsets.UTF_8);
			var layout = SourceFile.inspect(f);
			assertThat(layout.delimiter()).as(d).isEqualTo(d.charAt(0));
			assertThat(layout.columns()).containsExactly("Navn", "Adresse", "Poststed");
			assertThat(layout.rows()).isEqualTo(2);
			assertThat(rows(f, layout)).containsExactly(List.of("Ås AS", "Storgata 1\nPostboks 7", "Ås"), List.of("Bø AS", "Vegen 2", "Bø"));
		}
	}

	@Test
	void readsUtf8WithBomAndWindows1252() throws Exception {
		var bom = file(("\uFEFFFirmanavn;Sted\nBlåbær AS;Tromsø\n").getBytes(StandardCharsets.UTF_8));
		var layout = SourceFile.inspect(bom);
		assertThat(layout.encoding()).isEqualTo("UTF-8");
		assertThat(layout.columns()).containsExactly("Firmanavn", "Sted");
		assertThat(rows(bom, layout)).containsExactly(List.of("Blåbær AS", "Tromsø"));

		var cp1252 = file("Firmanavn;Sted\nBlåbær Økonomi AS;Tromsø\nÆrlig Handel;Skjærhalden\n", Charset.forName("windows-1252"));
		layout = SourceFile.inspect(cp1252);
		assertThat(layout.encoding()).isEqualTo("windows-1252");
		assertThat(rows(cp1252, layout)).containsExactly(List.of("Blåbær Økonomi AS", "Tromsø"), List.of("Ærlig Handel", "Skjærhalden"));
	}

	@Test
	void refusesWhatCannotBeImportedNamingTheLine() throws Exception {
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file(new byte[0]))))).isEqualTo("import.error.empty[]");
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file("Navn;Orgnr\n", StandardCharsets.UTF_8)))))
			.isEqualTo("import.error.noRows[]");
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file(new byte[] { 'M', 'Z', 0, 0, 3, 0, 0, 0, (byte) 0xFF }))))).isEqualTo("import.error.binary[]");
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file("Navn;Adresse\nA AS;\"Gata 1\nB AS;Veg 2\nC AS;Veg 3\n", StandardCharsets.UTF_8)))))
			.isEqualTo("import.error.unbalancedQuote[2]");
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file("Navn;E-post;Telefon;e-post\nA;a@b.no;1;c@d.no\n", StandardCharsets.UTF_8)))))
			.isEqualTo("import.error.duplicateHeader[e-post, 2, 4]");
		var mixed = new java.io.ByteArrayOutputStream();
		mixed.write("Navn\nBlåbær AS\nFoo\n".getBytes(StandardCharsets.UTF_8));
		mixed.write("Tromsø AS\n".getBytes(Charset.forName("windows-1252")));
		assertThat(key(() -> SourceFile.inspect(uncheck(() -> file(mixed.toByteArray()))))).isEqualTo("import.error.mixedEncoding[4, 2]");
		var zip = file(new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 });
		assertThat(key(() -> SourceFile.inspect(zip))).isEqualTo("import.error.badXlsx[]");
	}

	@Test
	void aRowWithTooManyColumnsOrAHugeCellIsAFailedRowNamingTheColumn() throws Exception {
		var big = "x".repeat(1 << 20);
		var f = file("Navn;Orgnr\nA AS;923609016;extra;more\nB AS;" + big + "\n", StandardCharsets.UTF_8);
		var layout = SourceFile.inspect(f);
		var problems = new ArrayList<String>();
		try (var rows = SourceFile.rows(f, layout)) {
			rows.forEachRemaining(r -> {
				var cells = Cells.read(r, layout.columns(), java.util.Arrays.asList("name", "organisationNumber"), 32_000);
				cells.problems().forEach(p -> problems.add(r.number() + " " + p.column() + " " + p.key() + p.args()));
			});
		}
		assertThat(problems).containsExactly("2 null import.error.tooManyColumns[4, 2]", "3 Orgnr import.error.cellTooLong[1048576, 32000]");
	}

	@Test
	void anUploadOverTheLimitIsRefusedWhileReadAndLeavesNoFile() {
		var files = new ImportFiles(new ImportProperties(dir, DataSize.ofKilobytes(1), 1000, 32_000));
		var tenant = new TenantId(java.util.UUID.randomUUID());
		assertThat(key(() -> TenantContext.run(tenant, () -> files.receive(new ByteArrayInputStream(new byte[4096])))))
			.isEqualTo("import.error.tooLarge[1 KB]");
		assertThat(dir.resolve(tenant.toString()).toFile().list()).isEmpty();
	}

	@Test
	void proposesFieldsFromKnownHeaders() {
		assertThat(Fields.propose(ImportTarget.COMPANY, List.of("CompanyName", "CompanyGovNo", "Org.nr.", "E-post", "Postnr", "Ukjent")))
			.containsExactly("name", "organisationNumber", null, "email", "visitPostcode", null);
		assertThat(Fields.propose(ImportTarget.COMPANY, List.of("Account Name", "Billing City", "Annual Revenue", "Company Domain Name")))
			.containsExactly("name", "postalCity", "turnover", "website");
		assertThat(Fields.propose(ImportTarget.PERSON, List.of("Förnamn", "Efternamn", "Företag", "Födelsedatum", "Job Title")))
			.containsExactly("firstName", "lastName", "companyName", "birthDate", "position");
	}

	interface Thrower<T> {
		T get() throws Exception;
	}

	static <T> T uncheck(Thrower<T> t) {
		try {
			return t.get();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
