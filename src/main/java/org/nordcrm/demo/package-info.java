/** Realistic Nordic demo data for an empty tenant ({@code ./crm run --demo}), so the pages are worth looking at. */
@NullMarked
package org.nordcrm.demo;

import org.jspecify.annotations.NullMarked;
