package org.nordcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.security.UserManagement;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@NordCrmTest
class DemoDataTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserManagement users;

	@Test
	void fillsAnEmptyTenantOnceAndDemoUsersCanLogIn() {
		var tenant = tenants.create("Demo");
		// the test tenant has an admin and a user, so it is not empty: nothing is added
		assertThat(demo.fillIfEmpty(tenant.id(), "x.test")).isEmpty();

		var empty = tenants.createEmpty("Tom");
		var filled = demo.fillIfEmpty(empty.id(), empty.id() + ".demo.test").orElseThrow();
		assertThat(filled.users()).isEqualTo(DemoData.TEAM.size());
		assertThat(empty.as(() -> users.list())).extracting(u -> u.name()).contains("Ola Nordmann", "Astrid Lindqvist", "Maja Åberg");
		assertThat(demo.fillIfEmpty(empty.id(), "again.test")).isEmpty();

		var web = new Browserless(port).login("astrid.lindqvist@" + empty.id() + ".demo.test", filled.password());
		assertThat(web.get("/").body()).contains("Välkommen, Astrid Lindqvist");
		assertThat(web.get("/search?q=trelsat").body()).as("demo customers, found despite a typo").contains("Ålesund Trelast AS");
		assertThat(web.get("/search?q=haugl").body()).contains("Kari Berg-Haugland");
	}
}
