/**
 * Exceptions for calls that fail as a whole, built from HubSpot's error body: one type per kind of failure, each
 * naming the {@link io.github.associations.Operation} that failed.
 */
@NullMarked
package io.github.associations.error;

import org.jspecify.annotations.NullMarked;
