package org.nordcrm.settings.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.CategoryScope;

/**
 * An entry of a simple register as the API receives it; a register ignores the fields it does not have.
 *
 * @param scope categories only
 * @param code industries only
 * @param isDefault company statuses only
 */
record RegisterInput(@Nullable String name, @Nullable CategoryScope scope, @Nullable String code, @Nullable Boolean isDefault) {
}
