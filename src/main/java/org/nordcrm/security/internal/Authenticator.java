package org.nordcrm.security.internal;

import java.util.Locale;

import org.nordcrm.security.CrmUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an e-mail and password, for the login form and for {@code POST /api/v1/auth/tokens}: throttled,
 * constant-time for unknown e-mails (the password encoder still runs), and recording the login.
 */
@Component
public class Authenticator implements AuthenticationProvider {

	private final LoginThrottle throttle;
	private final DaoAuthenticationProvider passwords;
	private final UserManagement userManagement;

	Authenticator(LoginThrottle throttle, Users users, PasswordEncoder encoder, UserManagement userManagement,
			TransactionTemplate tx) {
		this.throttle = throttle;
		this.userManagement = userManagement;
		UserDetailsService lookup = email -> {
			var key = email.trim().toLowerCase(Locale.ROOT);
			return TenantContext.callForAuthentication(key, () -> tx.execute(s -> users.principalByEmail(key)))
				.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		};
		this.passwords = new DaoAuthenticationProvider(lookup);
		this.passwords.setPasswordEncoder(encoder);
	}

	@Override
	public Authentication authenticate(Authentication request) throws AuthenticationException {
		var email = request.getName();
		var address = request.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
				? d.getRemoteAddress() : "unknown";
		return authenticate(email, String.valueOf(request.getCredentials()), address);
	}

	public Authentication authenticate(String email, String password, String address) {
		if (throttle.blocked(email, address)) {
			throw new LockedException("throttled");
		}
		try {
			var result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
			throttle.succeeded(email);
			var user = (CrmUser) result.getPrincipal();
			TenantContext.run(user.tenantId(), () -> userManagement.recordLogin(user.id()));
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.failed(email, address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
