/**
 * Stateful in-memory emulator of HubSpot's CRM Associations API, run in-process through
 * {@link io.github.associations.emulator.HubSpotEmulator} or standalone from its jar.
 */
@NullMarked
package io.github.associations.emulator;

import org.jspecify.annotations.NullMarked;
