/**
 * Leads: prospects (lead companies and private-person leads) kept out of the customer register, with their own
 * number series, status, source and owner, until they are converted to customers.
 */
@NullMarked
package org.nordcrm.leads;

import org.jspecify.annotations.NullMarked;
