/** Users, login, roles, the user's language, and personal API tokens. */
@NullMarked
package org.nordcrm.security;

import org.jspecify.annotations.NullMarked;
