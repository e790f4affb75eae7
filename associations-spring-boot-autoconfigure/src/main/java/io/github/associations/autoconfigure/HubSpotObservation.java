/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.autoconfigure;

import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * What observes the auto-configured HubSpot client: every {@link AssociationsListener}
 * bean of the application (the {@link HubSpotClientStatus} among them, which health and
 * metrics read) hears the calls and the OAuth token refreshes; the
 * {@link ObservationRegistry} and an optional convention observe each call.
 *
 * @param listener the application's listeners, in order, as one
 * @param registry the observation registry, {@link ObservationRegistry#NOOP} without one
 * @param convention the convention naming the observations, or {@code null} for the
 * client's default
 */
record HubSpotObservation(AssociationsListener listener, ObservationRegistry registry,
        @Nullable AssociationsObservationConvention convention) {

}
