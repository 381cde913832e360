package org.nordcrm.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.internal.Users;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shared.Secrets;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the current tenant: creating, listing, deactivating, passwords and preferences. */
@Service
@Transactional
public class UserManagement {

	public static final int MIN_PASSWORD_LENGTH = 10;
	public static final List<String> LANGUAGES = List.of("nb", "sv", "en");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Users users;
	private final PasswordEncoder passwords;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserManagement(Users users, PasswordEncoder passwords, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	/** Creates a user with a generated one-time password that must be changed at first login. */
	public IssuedPassword create(NewUser user) {
		var password = Secrets.readablePassword(12);
		return new IssuedPassword(create(user, password, true), password);
	}

	public User create(NewUser newUser, String password, boolean mustChangePassword) {
		var user = normalise(newUser);
		if (!EMAIL.matcher(user.email()).matches() || user.email().length() > 320) {
			throw InvalidInput.of("email", "Email");
		}
		if (user.name().isEmpty() || user.name().length() > 200) {
			throw InvalidInput.of("name", user.name().isEmpty() ? "NotBlank" : "validation.tooLong", 200);
		}
		checkPasswordRules(password, user.email());
		if (user.locale() != null && !LANGUAGES.contains(user.locale())) {
			throw InvalidInput.of("locale", "user.error.locale");
		}
		try {
			return users.insert(TenantContext.require(), user, passwords.encode(password), mustChangePassword);
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("email", "user.error.emailTaken");
		}
	}

	@Transactional(readOnly = true)
	public List<User> list() {
		return users.all();
	}

	@Transactional(readOnly = true)
	public CursorPage<User> page(@Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(users.page(CursorPage.uuid(after), n), n, u -> u.id().toString());
	}

	@Transactional(readOnly = true)
	public List<User> search(String query, int limit) {
		return users.search(query, limit);
	}

	@Transactional(readOnly = true)
	public Optional<User> find(UserId id) {
		return users.find(id);
	}

	public void setActive(UserId id, boolean active, CrmUser actor) {
		var user = require(id);
		if (!active && user.id().equals(actor.id())) {
			throw InvalidInput.of(null, "user.error.deactivateSelf");
		}
		users.setActive(id, active);
		if (!active) {
			endSessions(user.email());
		}
	}

	public IssuedPassword resetPassword(UserId id) {
		var user = require(id);
		var password = Secrets.readablePassword(12);
		users.setPassword(id, passwords.encode(password), true);
		endSessions(user.email());
		return new IssuedPassword(require(id), password);
	}

	/**
	 * Changes the user's own password. The current password is asked for unless the user logged in with a
	 * one-time password a moment ago and must change it now.
	 */
	public User changePassword(CrmUser user, @Nullable String current, String next, String repeated) {
		var hash = users.passwordHash(user.id());
		if (!user.mustChangePassword() && (current == null || !passwords.matches(current, hash))) {
			throw InvalidInput.of("currentPassword", "password.error.current");
		}
		if (!next.equals(repeated)) {
			throw InvalidInput.of("repeatPassword", "password.error.mismatch");
		}
		checkPasswordRules(next, user.email());
		if (passwords.matches(next, hash)) {
			throw InvalidInput.of("newPassword", "password.error.same");
		}
		users.setPassword(user.id(), passwords.encode(next), false);
		return require(user.id());
	}

	public User setLanguage(UserId id, String language) {
		if (!LANGUAGES.contains(language)) {
			throw InvalidInput.of("locale", "user.error.locale");
		}
		users.setLocale(id, language);
		return require(id);
	}

	/** The user's mobile number (E.164), where SMS reminders go; empty when none is given. */
	@Transactional(readOnly = true)
	public Optional<String> mobile(UserId id) {
		return users.mobile(id);
	}

	/** Sets the user's mobile number, written as people do ("912 34 567", "+46 70 123 45 67"); blank removes it. */
	public Optional<String> setMobile(UserId id, @Nullable String written) {
		require(id);
		var checks = new Checks();
		var mobile = checks.phone("mobile", written, "NO");
		checks.done();
		users.setMobile(id, mobile);
		return Optional.ofNullable(mobile);
	}

	public void recordLogin(UserId id) {
		users.touchLogin(id);
	}

	private User require(UserId id) {
		return users.find(id).orElseThrow(() -> new RecordNotFound("user", id));
	}

	private void endSessions(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}

	private static NewUser normalise(NewUser user) {
		var locale = user.locale() == null || user.locale().isBlank() ? null : user.locale();
		return new NewUser(user.email().trim().toLowerCase(Locale.ROOT), user.name().trim(), user.role(), locale);
	}

	private static void checkPasswordRules(String password, String email) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw InvalidInput.of("newPassword", "password.error.length", MIN_PASSWORD_LENGTH);
		}
		if (password.length() > 200) {
			throw InvalidInput.of("newPassword", "password.error.tooLong", 200);
		}
		if (password.equalsIgnoreCase(email)) {
			throw InvalidInput.of("newPassword", "password.error.email");
		}
	}
}
