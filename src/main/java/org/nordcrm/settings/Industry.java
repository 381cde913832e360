package org.nordcrm.settings;

import org.jspecify.annotations.Nullable;

/** @param code an industry code such as NACE "47.110", where known */
public record Industry(IndustryId id, String name, @Nullable String code) {
}
