package org.nordcrm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The group tree through the API: sub-groups, members with roles, and the refusals that keep the tree a tree. */
@NordCrmTest
class GroupsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Groups");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
	}

	String create(String json) {
		var r = admin.post("/api/v1/groups", json);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	@Test
	void aTreeWithMembersAndItsRules() {
		var sales = create("{\"name\": \"Salg\", \"type\": \"SALES\"}");
		var west = create("{\"name\": \"Salg Vest\", \"type\": \"SALES\", \"parentId\": \"%s\"}".formatted(sales));
		var bergen = create("{\"name\": \"Bergen\", \"type\": \"SALES\", \"parentId\": \"%s\"}".formatted(west));
		assertThat(admin.put("/api/v1/groups/%s/members/%s".formatted(west, acme.user().id()), "{\"roleName\": \"Teamleder\"}")
			.status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/groups/%s/members/%s".formatted(sales, acme.user().id()), "{}").status()).isEqualTo(200);

		var tree = admin.get("/api/v1/groups").json().get("items");
		assertThat(tree.size()).isEqualTo(1);
		var westNode = tree.get(0).get("children").get(0);
		assertThat(westNode.get("name").asString()).isEqualTo("Salg Vest");
		assertThat(westNode.at("/members/0/roleName").asString()).isEqualTo("Teamleder");
		assertThat(westNode.at("/children/0/name").asString()).isEqualTo("Bergen");

		var cycle = admin.language("en").put("/api/v1/groups/" + sales,
				"{\"name\": \"Salg\", \"type\": \"SALES\", \"parentId\": \"%s\"}".formatted(bergen));
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.json().get("errors").toString()).contains("parentId", "under itself");
		var self = admin.put("/api/v1/groups/" + west, "{\"name\": \"Salg Vest\", \"type\": \"SALES\", \"parentId\": \"%s\"}".formatted(west));
		assertThat(self.status()).isEqualTo(400);

		var withChildren = admin.language("nb").delete("/api/v1/groups/" + west);
		assertThat(withChildren.status()).isEqualTo(400);
		assertThat(withChildren.body()).contains("undergrupper");
		assertThat(admin.delete("/api/v1/groups/" + bergen).status()).isEqualTo(204);
		assertThat(admin.delete("/api/v1/groups/" + west).status()).isEqualTo(204);

		var seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(seller.get("/api/v1/groups").status()).isEqualTo(200);
		assertThat(seller.post("/api/v1/groups", "{\"name\": \"Mine\", \"type\": \"STANDARD\"}").status()).isEqualTo(403);
		var other = new Api(port).login(tenants.create("Other groups").admin().email(), TestTenants.PASSWORD);
		assertThat(other.get("/api/v1/groups/" + sales).status()).isEqualTo(404);
		assertThat(other.put("/api/v1/groups/%s/members/%s".formatted(sales, acme.user().id()), "{}").status()).isEqualTo(404);
	}

	@Test
	void badInputGetsFieldErrors() {
		var r = admin.language("en").post("/api/v1/groups", "{\"name\": \"\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").toString()).contains("\"field\":\"name\"", "\"field\":\"type\"");
		create("{\"name\": \"Service\", \"type\": \"STANDARD\"}");
		assertThat(admin.post("/api/v1/groups", "{\"name\": \"service\", \"type\": \"STANDARD\"}").status()).as("same name, same level")
			.isEqualTo(400);
	}
}
