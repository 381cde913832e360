package org.nordcrm.tenancy;

/**
 * Published inside the transaction that creates a tenant, with the tenant set: listeners give the new tenant
 * its starting data (registers, series) in the same transaction.
 */
public record TenantCreated(TenantId tenant) {
}
