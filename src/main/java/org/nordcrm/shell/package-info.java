/** The frame every page sits in: start page, global search, language, error pages and API error documents. */
@NullMarked
package org.nordcrm.shell;

import org.jspecify.annotations.NullMarked;
