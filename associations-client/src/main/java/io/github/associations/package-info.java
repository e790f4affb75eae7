/**
 * Reactive client for HubSpot's CRM Associations API: {@link io.github.associations.AssociationsOperations} and its
 * implementation {@link io.github.associations.AssociationsTemplate}.
 */
@NullMarked
package io.github.associations;

import org.jspecify.annotations.NullMarked;
