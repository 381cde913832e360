/** Ids, formatting and web helpers used by every module; holds no business rules. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.nordcrm.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
