package org.nordcrm.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.nordcrm.tenancy.TenantManagement;
import org.springframework.boot.test.context.TestComponent;

/** Makes fresh tenants with an administrator and a user, each with a known password, for one test. */
@TestComponent
public class TestTenants {

	public static final String PASSWORD = "correct-horse-battery";
	private static final AtomicInteger SEQ = new AtomicInteger();

	public record TestTenant(TenantId id, String name, User admin, User user) {

		public <T> T as(java.util.function.Supplier<T> work) {
			return TenantContext.call(id, work);
		}
	}

	private final TenantManagement tenants;
	private final UserManagement users;

	TestTenants(TenantManagement tenants, UserManagement users) {
		this.tenants = tenants;
		this.users = users;
	}

	/** A tenant with only its administrator, as a first start leaves it. */
	public TestTenant createEmpty(String label) {
		int n = SEQ.incrementAndGet();
		var holder = new User[1];
		var id = tenants.create(label + " " + n, t -> holder[0] = users.create(
				new NewUser("admin" + n + "-" + System.nanoTime() + "@empty.test", "Admin " + n, Role.ADMIN, null), PASSWORD, false));
		return new TestTenant(id, label + " " + n, holder[0], holder[0]);
	}

	public TestTenant create(String label) {
		int n = SEQ.incrementAndGet();
		var name = label + " " + n + " AS";
		var slug = label.toLowerCase().replaceAll("[^a-z0-9]", "") + n + "-" + System.nanoTime();
		var holder = new User[2];
		var id = tenants.create(name, t -> {
			holder[0] = users.create(new NewUser("admin@" + slug + ".test", "Admin " + label + " " + n, Role.ADMIN, null), PASSWORD, false);
			holder[1] = users.create(new NewUser("user@" + slug + ".test", "Selger " + label + " " + n, Role.USER, null), PASSWORD, false);
		});
		return new TestTenant(id, name, holder[0], holder[1]);
	}
}
