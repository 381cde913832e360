/** The PostgreSQL the system runs on: an embedded server by default, any PostgreSQL 15+ by configuration. */
@NullMarked
package org.nordcrm.database;

import org.jspecify.annotations.NullMarked;
