package org.nordcrm.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Input a business rule refused. Each error names the field it belongs to (null: the whole form) and a message
 * key, so pages show it next to the field and the API returns it in the problem document, both in the
 * caller's language.
 */
public class InvalidInput extends RuntimeException {

	public record FieldError(@Nullable String field, String messageKey, Object... args) {
	}

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public static InvalidInput of(@Nullable String field, String messageKey, Object... args) {
		return new InvalidInput(List.of(new FieldError(field, messageKey, args)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
