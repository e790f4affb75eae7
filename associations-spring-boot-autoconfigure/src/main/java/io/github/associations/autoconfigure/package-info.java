/**
 * Spring Boot auto-configuration of the HubSpot Associations client from {@code hubspot.*} properties.
 */
@NullMarked
package io.github.associations.autoconfigure;

import org.jspecify.annotations.NullMarked;
