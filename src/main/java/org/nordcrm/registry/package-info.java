/**
 * The Brønnøysund Register Centre (Enhetsregisteret): look companies up, create customers with their roles as
 * contact persons, refresh them from the register, and load the register's bulk file into leads for a campaign.
 */
@NullMarked
package org.nordcrm.registry;

import org.jspecify.annotations.NullMarked;
