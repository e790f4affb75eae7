/**
 * HubSpot's association data as immutable records, decoded tolerantly (ids as numbers or strings, unknown fields
 * ignored, unknown categories kept).
 */
@NullMarked
package io.github.associations.model;

import org.jspecify.annotations.NullMarked;
