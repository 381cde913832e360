package org.nordcrm.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.tenancy.TenantId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as the security layer and the session keep it. */
public final class CrmUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final TenantId tenantId;
	private final UserId id;
	private final String email;
	private final String name;
	private final Role role;
	private final @Nullable String locale;
	private final String timeZone;
	private final boolean active;
	private final boolean mustChangePassword;
	private @Nullable String passwordHash;

	public CrmUser(TenantId tenantId, User user, @Nullable String passwordHash) {
		this.tenantId = tenantId;
		this.id = user.id();
		this.email = user.email();
		this.name = user.name();
		this.role = user.role();
		this.locale = user.locale();
		this.timeZone = user.timeZone();
		this.active = user.active();
		this.mustChangePassword = user.mustChangePassword();
		this.passwordHash = passwordHash;
	}

	public TenantId tenantId() {
		return tenantId;
	}

	public UserId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Role role() {
		return role;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public @Nullable String locale() {
		return locale;
	}

	public String timeZone() {
		return timeZone;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
