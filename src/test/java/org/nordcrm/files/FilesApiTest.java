package org.nordcrm.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The file area through the REST API: template folders, upload and download, the bad inputs of issue 9. */
@NordCrmTest
class FilesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	FileProperties properties;

	TestTenant tenant;
	Api api;
	Api admin;

	@BeforeEach
	void tenant() {
		tenant = tenants.create("Filer");
		api = new Api(port).login(tenant.user().email(), TestTenants.PASSWORD);
		admin = new Api(port).login(tenant.admin().email(), TestTenants.PASSWORD);
	}

	private String company(String name) {
		var r = api.post("/api/v1/companies", "{\"name\": \"" + name + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private List<String> folderNames(String company) {
		return api.get("/api/v1/folders?recordKind=company&recordId=" + company).json().get("items").findValuesAsString("name");
	}

	private Api.Response upload(String company, String name, byte[] contents) {
		return upload(company, null, name, contents);
	}

	private Api.Response upload(String company, String folder, String name, byte[] contents) {
		var fields = new java.util.LinkedHashMap<String, String>(Map.of("recordKind", "company", "recordId", company));
		if (folder != null) {
			fields.put("folderId", folder);
		}
		return api.send(Multipart.post(api.builder("/api/v1/files"), fields, name, contents));
	}

	@Test
	void aNewCompanyGetsTheTemplateAndApplyingItToExistingOnesAddsOnlyWhatIsMissing() {
		// new via the API: imports and lead conversion (not built yet) create companies through the same CompanyManagement.create
		var company = company("Malfirma AS");
		assertThat(folderNames(company)).containsExactlyInAnyOrder("Kontrakter", "Tilbud", "Korrespondanse", "Fakturaer");

		var contracts = api.get("/api/v1/folders?recordKind=company&recordId=" + company).json().get("items").valueStream()
			.filter(f -> f.get("name").asString().equals("Kontrakter")).findFirst().orElseThrow().get("id").asString();
		var kept = upload(company, contracts, "avtale.txt", "signert".getBytes(StandardCharsets.UTF_8));
		assertThat(kept.status()).as(kept.body()).isEqualTo(201);
		var offers = api.get("/api/v1/folders?recordKind=company&recordId=" + company).json().get("items").valueStream()
			.filter(f -> f.get("name").asString().equals("Tilbud")).findFirst().orElseThrow().get("id").asString();
		assertThat(api.delete("/api/v1/folders/" + offers).status()).isEqualTo(204);

		assertThat(api.post("/api/v1/folder-template", "{\"name\": \"Avtaler\"}").status()).as("users may not change the template").isEqualTo(403);
		assertThat(admin.post("/api/v1/folder-template", "{\"name\": \"Avtaler\"}").status()).isEqualTo(201);
		assertThat(admin.post("/api/v1/folder-template", "{\"name\": \"avtaler\"}").json().get("errors").toString()).contains("There is already a folder called avtaler");
		var other = company("Annet firma AS");
		assertThat(folderNames(other)).hasSize(5).contains("Avtaler");
		var unopened = company("Uåpnet firma AS");

		var applied = admin.post("/api/v1/folder-template/apply", "{}");
		assertThat(applied.status()).isEqualTo(200);
		assertThat(applied.json().get("added").asInt()).as("Tilbud and Avtaler for the first company").isEqualTo(2);
		assertThat(folderNames(company)).containsExactlyInAnyOrder("Kontrakter", "Tilbud", "Korrespondanse", "Fakturaer", "Avtaler");
		var file = api.get("/api/v1/files/" + kept.json().get("id").asString()).json();
		assertThat(file.get("folderId").asString()).as("files are not touched").isEqualTo(contracts);
		assertThat(admin.post("/api/v1/folder-template/apply", "{}").json().get("added").asInt()).isZero();

		// a company gets the template when its files are first looked at, and folders deleted then stay deleted
		assertThat(folderNames(unopened)).containsExactlyInAnyOrder("Kontrakter", "Tilbud", "Korrespondanse", "Fakturaer", "Avtaler");
		for (var f : api.get("/api/v1/folders?recordKind=company&recordId=" + unopened).json().get("items")) {
			assertThat(api.delete("/api/v1/folders/" + f.get("id").asString()).status()).isEqualTo(204);
		}
		assertThat(folderNames(unopened)).isEmpty();
		var created = api.post("/api/v1/folders", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"name\": \"Egen\"}"
			.formatted(company("Ny uten visning AS")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(folderNames(created.json().get("recordId").asString())).as("a first change gets the template too").hasSize(6);
	}

	@Test
	void uploadAndDownloadRoundTripWithChecksumAndSniffedType() throws Exception {
		var company = company("Rundtur AS");
		var png = new byte[5000];
		new Random(7).nextBytes(png);
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

		var created = upload(company, "logo.txt", png);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("sha256").asString()).isEqualTo(sha);
		assertThat(created.json().get("size").asLong()).isEqualTo(5000);
		assertThat(created.json().get("contentType").asString()).as("sniffed from the bytes, not the name or the header").isEqualTo("image/png");

		var id = created.json().get("id").asString();
		var download = HttpClient.newHttpClient().send(api.builder("/api/v1/files/" + id + "/content").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()))).isEqualTo(sha);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		var inline = HttpClient.newHttpClient().send(api.builder("/api/v1/files/" + id + "/content?inline=true").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(inline.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		assertThat(inline.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");

		var listed = api.get("/api/v1/files?recordKind=company&recordId=" + company).json().get("items");
		assertThat(listed.findValuesAsString("id")).containsExactly(id);
		var history = admin.get("/api/v1/history?record=" + company);
		assertThat(history.body()).as("the upload is in the company's history").contains("LINKED", "logo.txt");
		var found = api.get("/api/v1/search?q=logo");
		assertThat(found.body()).as("search finds files by name").contains(id, "/companies/" + company + "?tab=files");

		assertThat(api.delete("/api/v1/files/" + id).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/files/" + id).status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/history?record=" + company).body()).contains("UNLINKED");
		assertThat(api.post("/api/v1/files/" + id + "/restore", "{}").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/files/" + id).status()).isEqualTo(200);
	}

	@Test
	void traversalAndOverlongNamesAreSanitised() throws Exception {
		var company = company("Sti AS");
		var traversal = upload(company, "../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8));
		assertThat(traversal.status()).as(traversal.body()).isEqualTo(201);
		assertThat(traversal.json().get("name").asString()).isEqualTo("passwd");
		var windows = upload(company, "..\\..\\windows\\win.ini", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(windows.json().get("name").asString()).isEqualTo("win.ini");
		var control = upload(company, "rapport\t\u202Efdp.exe", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(control.json().get("name").asString()).isEqualTo("rapportfdp.exe");
		assertThat(Path.of("/etc/passwd")).exists();

		var longName = "Kontrakt 😀 ".repeat(30) + ".pdf";
		var overlong = upload(company, longName, "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		assertThat(overlong.status()).as(overlong.body()).isEqualTo(201);
		var name = overlong.json().get("name").asString();
		assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(255);
		assertThat(name).endsWith(".pdf").startsWith("Kontrakt 😀").contains("😀");

		var renamed = api.send(api.builder("/api/v1/files/" + traversal.json().get("id").asString())
			.header("Content-Type", "application/json").method("PATCH",
					java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"../../../tmp/x.sh\"}")));
		assertThat(renamed.json().get("name").asString()).isEqualTo("x.sh");
		// contents live only under the storage directory, in files named by keys the storage made
		try (var stored = java.nio.file.Files.walk(properties.dir())) {
			assertThat(stored.filter(java.nio.file.Files::isRegularFile).map(p -> p.getFileName().toString()))
				.isNotEmpty().allMatch(f -> f.matches("[0-9a-f-]{36}"));
		}
	}

	@Test
	void duplicateNamesAreNumberedEmptyFilesRefusedHtmlServedAsAttachment() throws Exception {
		var company = company("Dobbel AS");
		assertThat(upload(company, "tilbud.txt", "1".getBytes()).json().get("name").asString()).isEqualTo("tilbud.txt");
		assertThat(upload(company, "tilbud.txt", "2".getBytes()).json().get("name").asString()).isEqualTo("tilbud (2).txt");
		assertThat(upload(company, "Tilbud.txt", "3".getBytes()).json().get("name").asString()).isEqualTo("Tilbud (3).txt");

		var empty = upload(company, "tom.txt", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").toString()).contains("tom.txt: the file is empty");
		assertThat(api.language("nb").send(Multipart.post(api.builder("/api/v1/files"),
				Map.of("recordKind", "company", "recordId", company), "tom.txt", new byte[0])).body()).contains("filen er tom");
		api.language("en");

		var html = upload(company, "side.pdf", "<html><body><script>alert(document.cookie)</script></body></html>".getBytes());
		assertThat(html.status()).as(html.body()).isEqualTo(201);
		assertThat(html.json().get("contentType").asString()).isEqualTo("text/html");
		var served = HttpClient.newHttpClient().send(api.builder("/api/v1/files/" + html.json().get("id").asString()
				+ "/content?inline=true").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(served.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/octet-stream");
		assertThat(served.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(api.get("/api/v1/files?recordKind=company&recordId=" + company).json().get("items").size()).isEqualTo(4);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithNothingStored() {
		var company = company("Stor AS");
		long limit = properties.maxSize().toBytes();
		var r = api.send(Multipart.post(api.builder("/api/v1/files"), Map.of("recordKind", "company", "recordId", company),
				"stor.bin", () -> new LimitedZeros(limit + 1)));
		assertThat(r.status()).isEqualTo(413);
		assertThat(r.json().get("detail").asString()).contains("100 MB");
		assertThat(api.get("/api/v1/files?recordKind=company&recordId=" + company).json().get("items").size()).isZero();
		assertThat(admin.get("/api/v1/files/usage").json().get("used").asLong()).isZero();
	}

	@Test
	void anotherTenantsFilesAndFoldersAreNotFound() {
		var company = company("Hemmelig AS");
		var id = upload(company, "hemmelig.txt", "hemmelig".getBytes()).json().get("id").asString();
		var folder = api.get("/api/v1/folders?recordKind=company&recordId=" + company).json().get("items").get(0).get("id").asString();
		var other = tenants.create("Andre");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/api/v1/files/" + id).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/files/" + id + "/content").status()).isEqualTo(404);
		assertThat(stranger.delete("/api/v1/files/" + id).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/folders/" + folder).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/files?recordKind=company&recordId=" + company).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/files").json().get("items").size()).isZero();
		assertThat(stranger.get("/api/v1/search?q=hemmelig").body()).doesNotContain(id);
		assertThat(api.get("/api/v1/files/" + id).status()).isEqualTo(200);
	}

	/** Zeros, {@code size} of them, made as they are read. */
	static final class LimitedZeros extends InputStream {

		private long left;

		LimitedZeros(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			return left-- > 0 ? 0 : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, left);
			java.util.Arrays.fill(b, off, off + n, (byte) 0);
			left -= n;
			return n;
		}
	}
}
