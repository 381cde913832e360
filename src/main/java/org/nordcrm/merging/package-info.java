/**
 * Merging two records of the same kind (two companies, two persons) into one, field by field, with everything
 * attached moved to the survivor, and undoing a merge.
 */
@NullMarked
package org.nordcrm.merging;

import org.jspecify.annotations.NullMarked;
