package org.nordcrm.exports;

import java.math.BigDecimal;

/** An amount with its ISO 4217 currency code, for a {@link Column.Type#MONEY} cell. */
public record Money(BigDecimal amount, String currency) {
}
