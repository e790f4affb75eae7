/**
 * The client's machinery, not API: the single HTTP exchange pipeline, JSON (de)serialization with a private
 * mapper, HubSpot's wire shapes, input validation, chunking and error matching. May change without notice.
 */
@NullMarked
package io.github.associations.internal;

import org.jspecify.annotations.NullMarked;
