package org.nordcrm.shell;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param kindKey message key naming the kind of record ("search.kind.user")
 * @param title what the record is called
 * @param detail a second line that tells records of the same name apart
 * @param url where the record opens, or null where the user may not open it
 */
public record SearchHit(String kindKey, String title, @Nullable String detail, @Nullable String url) {
}
