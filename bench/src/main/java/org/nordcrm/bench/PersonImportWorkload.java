package org.nordcrm.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.nordcrm.bench.data.NordicData;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;

/**
 * An import of generated contact persons (8 columns), each linked to a company of the search data's register by its
 * organisation number, through the real path (persons, their mobile and e-mail, the link, history, search words), as
 * many as a tenth of the register's companies. Beside it, raw COPY of the same persons' rows alone into the person
 * table as the superuser (history trigger firing, rolled back): the import also writes two channel rows and a link a
 * person, so the ratio is no like-for-like figure, it shows what the rest costs.
 */
final class PersonImportWorkload implements Workload {

	private static final List<String> HEADER = List.of("Fornavn", "Etternavn", "Tittel", "Mobil", "E-post", "Fødselsdato",
			"Orgnr", "Stilling");

	private SearchData.Dataset data;

	@Override
	public String name() {
		return "import-persons";
	}

	@Override
	public String description() {
		return "import of generated contact persons (8 columns, a tenth as many as the register's companies), each linked to "
				+ "its company by organisation number, beside raw COPY of the person rows alone";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		data = SearchData.forOptions(ctx);
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		int rows = Math.max(1, data.companies() / 10);
		var generator = new NordicData(data.seed(), data.vocabulary());
		var dir = Files.createTempDirectory("nordcrm-bench-persons");
		var file = dir.resolve("kontakter.csv");
		var raw = dir.resolve("kontakter.copy");
		try (var csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8); var copy = Files.newBufferedWriter(raw, StandardCharsets.UTF_8)) {
			csv.write(String.join(";", HEADER));
			csv.write('\n');
			for (int i = 0; i < rows; i++) {
				var p = generator.person(data.contacts() + i, data.companies());
				var company = generator.company(p.companyIndex());
				csv.write(String.join(";", List.of(p.firstName(), p.lastName(), p.title(), p.mobile(), p.email(),
						p.birthDate().toString(), company.organisationNumber(), p.title())));
				csv.write('\n');
				copy.write(String.join("\t", List.of(data.tenant().toString(), Ids.next().toString(), p.firstName(), p.lastName(),
						p.title(), p.birthDate().toString())));
				copy.write('\n');
			}
		}
		out.fact("data", "%,d companies in the register; a file of %,d contact persons, %.1f MB".formatted(data.companies(), rows,
				Files.size(file) / 1e6));

		var timed = ImportWorkload.importFile(ctx, data, ImportTarget.PERSON, file);
		var done = timed.job();
		out.fact("application", "%s: %,d created, %,d skipped, %,d failed; upload %.1f s, run %.1f s, %,.0f rows/s; peak heap %,d MB"
			.formatted(done.state(), done.created(), done.skipped(), done.failed(), timed.upload(), timed.run(), rows / timed.run(),
					timed.peakHeap() >> 20));
		if (done.failed() > 0) {
			var imports = ctx.bean(ImportManagement.class);
			var failed = TenantContext.call(new TenantId(data.tenant()), () -> imports.failedRows(done.id(), 0, 3));
			out.fact("failed rows", failed.stream().map(f -> "row " + f.row() + ": " + f.problems() + " " + f.cells()).toList().toString());
		}
		var copied = ImportWorkload.copy(ctx, raw, "copy person (tenant_id, id, first_name, last_name, title, birth_date) from stdin");
		out.fact("raw COPY", "%,d person rows alone in %.1f s, %,.0f rows/s (history trigger firing; rolled back)".formatted(copied.rows(),
				copied.seconds(), copied.rows() / copied.seconds()));
		out.fact("ratio", "import run at %.2f of raw COPY's speed for the person rows alone".formatted(copied.seconds() / timed.run()));
		Files.deleteIfExists(file);
		Files.deleteIfExists(raw);
		Files.deleteIfExists(dir);
	}
}
