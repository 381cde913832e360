/** The file area of every record: folders, uploaded files in a pluggable storage, and the company folder template. */
@NullMarked
package org.nordcrm.files;

import org.jspecify.annotations.NullMarked;
