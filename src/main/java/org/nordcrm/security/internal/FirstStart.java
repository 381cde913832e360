package org.nordcrm.security.internal;

import java.util.Locale;

import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start: the first tenant and its administrator. Without NORDCRM_ADMIN_EMAIL and
 * NORDCRM_ADMIN_PASSWORD the administrator gets a generated one-time password, printed once, that must be
 * changed at first login.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final TenantManagement tenants;
	private final UserManagement users;
	private final String tenantName;
	private final String adminEmail;
	private final String adminPassword;
	private final String port;
	private final MessageSource messages;

	FirstStart(TenantManagement tenants, UserManagement users,
			@Value("${nordcrm.first-tenant-name}") String tenantName,
			@Value("${nordcrm.admin.email:}") String adminEmail,
			@Value("${nordcrm.admin.password:}") String adminPassword,
			@Value("${server.port:8080}") String port, MessageSource messages) {
		this.tenants = tenants;
		this.users = users;
		this.tenantName = tenantName;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
		this.port = port;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean given = !adminEmail.isBlank() && !adminPassword.isBlank();
		var email = adminEmail.isBlank() ? "admin@nordcrm.local" : adminEmail;
		var admin = new NewUser(email, "Administrator", Role.ADMIN, null);
		try {
			createFirst(given, email, admin);
		}
		catch (InvalidInput e) {
			var err = e.errors().getFirst();
			throw new IllegalStateException("Cannot create the first administrator from NORDCRM_ADMIN_EMAIL and "
					+ "NORDCRM_ADMIN_PASSWORD: " + err.field() + ": " + messages.getMessage(err.messageKey(), err.args(), Locale.ENGLISH));
		}
	}

	private void createFirst(boolean given, String email, NewUser admin) {
		var created = tenants.createFirst(tenantName, tenant -> {
			if (given) {
				users.create(admin, adminPassword, false);
				log.info("First start: created tenant '{}' and administrator {} (password from NORDCRM_ADMIN_PASSWORD)", tenantName, email);
			}
			else {
				var issued = users.create(admin);
				var banner = """

						============================================================
						 NordCRM is set up. Log in at http://localhost:%s
						   e-mail:   %s
						   password: %s   (one-time: you choose your own at first login)
						============================================================
						""".formatted(port, email, issued.oneTimePassword());
				System.out.println(banner);
				log.info("First start: created tenant '{}' and administrator {} with a one-time password", tenantName, email);
			}
		});
		if (created.isEmpty()) {
			log.debug("Installation already set up");
		}
	}
}
