package org.nordcrm.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Secrets;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a tenant that holds nothing but its administrator with a Nordic sales team. Each later feature adds its
 * own records here (customers, contacts, activities...). A tenant with data is never touched.
 */
@Service
public class DemoData {

	record Person(String name, String email, Role role, String language) {
	}

	static final List<Person> TEAM = List.of(
			new Person("Ingrid Haugen", "ingrid.haugen", Role.ADMIN, "nb"),
			new Person("Ola Nordmann", "ola.nordmann", Role.USER, "nb"),
			new Person("Kari Bakke", "kari.bakke", Role.USER, "nb"),
			new Person("Sindre Løvås", "sindre.lovas", Role.USER, "nb"),
			new Person("Astrid Lindqvist", "astrid.lindqvist", Role.USER, "sv"),
			new Person("Erik Johansson", "erik.johansson", Role.USER, "sv"),
			new Person("Maja Åberg", "maja.aberg", Role.USER, "sv"),
			new Person("Jonas Berg", "jonas.berg", Role.USER, "en"));

	/** What was made: the password every demo user logs in with. */
	public record Filled(int users, String password) {
	}

	private final UserManagement users;
	private final DemoCustomers customers;
	private final TransactionTemplate tx;

	DemoData(UserManagement users, DemoCustomers customers, TransactionTemplate tx) {
		this.users = users;
		this.customers = customers;
		this.tx = tx;
	}

	/** All or nothing, in one transaction that starts once the tenant is set (row-level security needs it). */
	public Optional<Filled> fillIfEmpty(TenantId tenant, String emailDomain) {
		return TenantContext.call(tenant, () -> tx.execute(status -> {
			if (users.list().size() > 1) {
				return Optional.empty();
			}
			var password = Secrets.readablePassword(12);
			var owners = new ArrayList<UserId>();
			for (var p : TEAM) {
				owners.add(users.create(new NewUser(p.email() + "@" + emailDomain, p.name(), p.role(), p.language()), password, false).id());
			}
			customers.fill(owners);
			return Optional.of(new Filled(TEAM.size(), password));
		}));
	}
}
