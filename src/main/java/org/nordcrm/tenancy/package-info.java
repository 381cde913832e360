/** Tenants, the tenant of the running transaction, and the row-level security that keeps tenants apart. */
@NullMarked
package org.nordcrm.tenancy;

import org.jspecify.annotations.NullMarked;
