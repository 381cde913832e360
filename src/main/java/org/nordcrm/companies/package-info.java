/** The customer register's companies: customers, suppliers, partners and other relations. */
@NullMarked
package org.nordcrm.companies;

import org.jspecify.annotations.NullMarked;
