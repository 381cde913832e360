package org.nordcrm.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Why a row cannot be written: a message key with its arguments, about a column of the file (null: the whole row). */
public record RowProblem(@Nullable String column, String key, List<String> args) {
}
