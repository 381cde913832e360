package org.nordcrm.registry;

import org.jspecify.annotations.Nullable;

/**
 * A field where the CRM and the register disagree, as text for the diff table.
 *
 * @param field the field's name in the refresh form ({@code name}, {@code website}...)
 * @param labelKey message key of the field's label
 */
public record Difference(String field, String labelKey, @Nullable String inCrm, @Nullable String inRegister) {
}
