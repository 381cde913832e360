package org.nordcrm.shared;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks a form's fields one by one and collects every error, so the user sees all of them at once; text is
 * trimmed and blank becomes null. {@link #done()} throws the errors found.
 */
public final class Checks {

	public static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
	private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final List<InvalidInput.FieldError> errors = new ArrayList<>();

	public @Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null) {
			return null;
		}
		var v = CONTROL.matcher(value).replaceAll("").strip();
		if (v.isEmpty()) {
			return null;
		}
		if (v.length() > max) {
			return error(field, "validation.tooLong", max);
		}
		return v;
	}

	public String required(String field, @Nullable String value, int max) {
		var v = optional(field, value, max);
		if (v == null && !has(field)) {
			error(field, "NotBlank");
		}
		return v == null ? "" : v;
	}

	public @Nullable String email(String field, @Nullable String value) {
		var v = optional(field, value, 320);
		if (v != null && !EMAIL.matcher(v).matches()) {
			return error(field, "Email");
		}
		return v == null ? null : v.toLowerCase(Locale.ROOT);
	}

	/** A phone number in E.164 form, read as a number of {@code country} when it has no country code. */
	public @Nullable String phone(String field, @Nullable String value, String country) {
		var v = optional(field, value, 40);
		if (v == null) {
			return null;
		}
		var e164 = PhoneNumbers.normalise(v, country);
		return e164.isPresent() ? e164.get() : error(field, "validation.phone");
	}

	/** A web address: http(s) only, "https://" added when no scheme is given. */
	public @Nullable String website(String field, @Nullable String value) {
		var v = optional(field, value, 300);
		if (v == null) {
			return null;
		}
		var url = SCHEME.matcher(v).matches() ? v : "https://" + v;
		try {
			var uri = URI.create(url);
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
					|| uri.getHost() == null || !uri.getHost().contains(".")) {
				return error(field, "validation.website");
			}
			return url;
		}
		catch (IllegalArgumentException e) {
			return error(field, "validation.website");
		}
	}

	public String country(String field, @Nullable String value, String fallback) {
		var v = optional(field, value, 2);
		if (v == null) {
			return fallback;
		}
		var cc = v.toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(cc)) {
			error(field, "validation.country");
			return fallback;
		}
		return cc;
	}

	public @Nullable Integer range(String field, @Nullable Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			return error(field, "validation.range", min, max);
		}
		return value;
	}

	public @Nullable BigDecimal amount(String field, @Nullable BigDecimal value) {
		if (value != null && (value.abs().compareTo(new BigDecimal("1e15")) >= 0 || value.scale() > 2)) {
			return error(field, "validation.amount");
		}
		return value;
	}

	/** Records an error; returns null so a check can end with {@code return error(...)}. */
	public <T> @Nullable T error(@Nullable String field, String key, Object... args) {
		errors.add(new InvalidInput.FieldError(field, key, args));
		return null;
	}

	public boolean has(String field) {
		return errors.stream().anyMatch(e -> field.equals(e.field()));
	}

	/** Runs a check that throws {@link InvalidInput} and keeps its errors with the others. */
	public <T> @Nullable T check(Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidInput e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	public void done() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}
}
