/** Imports of companies, contact persons and private customers from CSV and XLSX files, run as undoable jobs. */
@NullMarked
package org.nordcrm.imports;

import org.jspecify.annotations.NullMarked;
