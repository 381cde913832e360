package org.nordcrm.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A disk that fills up in the middle of an upload: the storage reads part of the stream, then fails the way the
 * JDK reports a full disk. The user gets a clear error, and no row and no object are left. (Its own Spring context:
 * the storage is a spy here.)
 */
@NordCrmTest
class FullDiskTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@MockitoSpyBean
	FileStorage storage;

	@Test
	void aFullDiskGivesAClearErrorAndLeavesNothing() throws Exception {
		var tenant = tenants.create("Fulldisk");
		var api = new Api(port).login(tenant.user().email(), TestTenants.PASSWORD);
		var company = api.post("/api/v1/companies", "{\"name\": \"Full Disk AS\"}").json().get("id").asString();
		doAnswer(call -> {
			((InputStream) call.getArgument(0)).readNBytes(10);
			throw new IOException("No space left on device");
		}).when(storage).put(any(), anyLong());

		var r = api.send(Multipart.post(api.builder("/api/v1/files"), Map.of("recordKind", "company", "recordId", company),
				"kontrakt.pdf", "%PDF-1.4 contents that will not fit".getBytes(StandardCharsets.UTF_8)));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").toString()).contains("kontrakt.pdf: the file could not be stored because the disk is full");
		assertThat(api.get("/api/v1/files?recordKind=company&recordId=" + company).json().get("items").size()).isZero();
		assertThat(api.get("/api/v1/search?q=kontrakt").body()).doesNotContain("kontrakt.pdf");
	}
}
