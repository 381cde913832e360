/** Tasks on companies and persons: who does what by when, with a status from the tenant's own register. */
@NullMarked
package org.nordcrm.activities;

import org.jspecify.annotations.NullMarked;
