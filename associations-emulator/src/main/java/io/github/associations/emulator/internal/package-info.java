/**
 * Implementation of the emulator: state, HubSpot endpoint handlers and the HTTP server around them. Not API.
 */
@NullMarked
package io.github.associations.emulator.internal;

import org.jspecify.annotations.NullMarked;
