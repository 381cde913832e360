package org.nordcrm.demo;

import org.nordcrm.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With {@code NORDCRM_DEMO=true} ({@code ./crm run --demo}): demo data in the first tenant, if it is empty. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("nordcrm.demo")
class DemoOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

	private final TenantManagement tenants;
	private final DemoData demo;

	DemoOnStart(TenantManagement tenants, DemoData demo) {
		this.tenants = tenants;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		var tenant = tenants.firstTenant().orElseThrow();
		demo.fillIfEmpty(tenant, "demo.nordcrm.no").ifPresentOrElse(
				filled -> System.out.printf("%nDemo data added: %d users (e.g. ola.nordmann@demo.nordcrm.no), all with password %s%n%n",
						filled.users(), filled.password()),
				() -> log.info("Demo data not added: the first tenant already has data"));
	}
}
