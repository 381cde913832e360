/** Contact persons, their links to companies (role, position, work phone and e-mail), and private customers. */
@NullMarked
package org.nordcrm.contacts;

import org.jspecify.annotations.NullMarked;
