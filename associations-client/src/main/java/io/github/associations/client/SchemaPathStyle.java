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

package io.github.associations.client;

/**
 * The path form of the labels and limits (association schema) endpoints of
 * {@link ApiVersion#V4}, and of v4 only. HubSpot's guides and SDKs use
 * {@code /crm/v4/associations/...}; HubSpot's v4 specification lists
 * {@code /crm/associations/v4/...}. Record and batch calls are not affected.
 *
 * @since 0.1.0
 * @deprecated since 0.1.0: this choice applies to {@link ApiVersion#V4} only, which
 * HubSpot stops supporting on 2027-03-30. The date-based versions
 * ({@link ApiVersion#V2026_09}, {@link ApiVersion#V2026_03}) have one form,
 * {@code /crm/associations/{version}/...}, whatever this setting says.
 */
@Deprecated(since = "0.1.0")
public enum SchemaPathStyle {

    /** {@code /crm/v4/associations/{from}/{to}/labels} (the default). */
    CRM_V4_ASSOCIATIONS,

    /** {@code /crm/associations/v4/{from}/{to}/labels}. */
    CRM_ASSOCIATIONS_V4

}
