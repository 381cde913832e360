package org.nordcrm.leads;

import java.util.UUID;

/** A lead became a customer: the same record ({@code recordKind} "company" or "person"), now with a customer number. */
public record LeadConverted(String recordKind, UUID recordId, long customerNumber) {
}
