package org.nordcrm.shared;

import org.springframework.validation.BindingResult;

/** Shows a business rule's refusal next to the form field it concerns. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInput e, BindingResult result) {
		for (var err : e.errors()) {
			if (err.field() == null) {
				result.reject(err.messageKey(), err.args(), err.messageKey());
			}
			else {
				result.rejectValue(err.field(), err.messageKey(), err.args(), err.messageKey());
			}
		}
	}
}
