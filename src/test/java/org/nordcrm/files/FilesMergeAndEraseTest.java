package org.nordcrm.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Files follow their record: to the survivor of a merge and back on undo, and away for good when it is erased. */
@NordCrmTest
class FilesMergeAndEraseTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	FileStorage storage;

	Api api;

	private String company(String name) {
		return api.post("/api/v1/companies", "{\"name\": \"" + name + "\"}").json().get("id").asString();
	}

	private String folder(String company, String name) {
		return api.get("/api/v1/folders?recordKind=company&recordId=" + company).json().get("items").valueStream()
			.filter(f -> f.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
	}

	private JsonNode upload(String company, String folder, String name) {
		var fields = new java.util.HashMap<>(Map.of("recordKind", "company", "recordId", company));
		if (folder != null) {
			fields.put("folderId", folder);
		}
		var r = api.send(Multipart.post(api.builder("/api/v1/files"), fields, name, name.getBytes(StandardCharsets.UTF_8)));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private JsonNode file(String id) {
		return api.get("/api/v1/files/" + id).json();
	}

	@Test
	void mergeMovesFilesIntoTheSurvivorsFoldersAndUndoMovesThemBack() {
		var tenant = tenants.create("Flett");
		api = new Api(port).login(tenant.admin().email(), TestTenants.PASSWORD);
		var survivor = company("Fjordfil AS");
		var other = company("Fjordfil Bergen AS");
		var own = api.post("/api/v1/folders", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"name\": \"Bergen\"}".formatted(other))
			.json().get("id").asString();
		var contract = upload(other, folder(other, "Kontrakter"), "avtale.txt").get("id").asString();
		var loose = upload(other, null, "notat.txt").get("id").asString();
		var inOwn = upload(other, own, "kart.txt").get("id").asString();

		var merged = api.post("/api/v1/merges", """
				{"kind": "company", "survivorId": "%s", "otherId": "%s", "take": []}""".formatted(survivor, other));
		assertThat(merged.status()).as(merged.body()).isEqualTo(201);
		assertThat(file(contract).get("recordId").asString()).isEqualTo(survivor);
		assertThat(file(contract).get("folderId").asString()).as("into the survivor's own Kontrakter").isEqualTo(folder(survivor, "Kontrakter"));
		assertThat(file(loose).get("recordId").asString()).isEqualTo(survivor);
		assertThat(file(inOwn).get("folderId").asString()).isEqualTo(own);
		assertThat(api.get("/api/v1/folders?recordKind=company&recordId=" + survivor).json().get("items").findValuesAsString("name"))
			.containsOnlyOnce("Kontrakter").contains("Bergen");

		assertThat(api.post("/api/v1/merges/" + merged.json().get("id").asString() + "/undo", "{}").status()).isEqualTo(200);
		assertThat(file(contract).get("recordId").asString()).isEqualTo(other);
		assertThat(file(contract).get("folderId").asString()).isEqualTo(folder(other, "Kontrakter"));
		assertThat(file(loose).get("recordId").asString()).isEqualTo(other);
		assertThat(file(inOwn).get("recordId").asString()).isEqualTo(other);
		assertThat(folder(other, "Bergen")).isEqualTo(own);
	}

	@Test
	void erasingACompanyErasesItsFilesAndTheirContents() throws Exception {
		var tenant = tenants.create("Slett");
		api = new Api(port).login(tenant.admin().email(), TestTenants.PASSWORD);
		var company = company("Glemmes AS");
		var file = upload(company, null, "personopplysninger.txt");
		var id = file.get("id").asString();
		assertThat(api.delete("/api/v1/companies/" + company).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/files/" + id).status()).as("the file stays while its company can be restored").isEqualTo(200);
		assertThat(api.post("/api/v1/companies/" + company + "/erase?confirm=true", "{}").status()).isEqualTo(204);

		assertThat(api.get("/api/v1/files/" + id).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/files").json().get("items").size()).isZero();
		assertThat(api.get("/api/v1/search?q=personopplysninger").body()).doesNotContain(id);
		assertThat(api.get("/api/v1/history?record=" + id).body()).doesNotContain("personopplysninger");
		assertThat(api.get("/api/v1/files/usage").json().get("used").asLong()).isZero();
	}
}
