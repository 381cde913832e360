/**
 * jOOQ classes generated at build time from the Flyway scripts. Open so every module can reach its own tables;
 * by house rule a module touches only its own tables and reads others' data through their APIs.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.nordcrm.jooq;

import org.springframework.modulith.ApplicationModule;
