package org.nordcrm.tenancy;

public record Tenant(TenantId id, String name) {
}
