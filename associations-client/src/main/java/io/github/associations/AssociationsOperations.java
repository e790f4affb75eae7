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

package io.github.associations;

/**
 * HubSpot's CRM Associations API as reactive operations, grouped as HubSpot groups them:
 * record-level calls, batch calls, labels (association definitions), limits (definition
 * configurations), the usage report, and the deprecated v3 calls. Every group but v3
 * calls the {@link io.github.associations.client.ApiVersion} of the settings (2026-09
 * unless set otherwise). Inject this interface (and mock it in tests);
 * {@link AssociationsTemplate} implements it.
 * <p>
 * Every method returns a cold {@code Mono} or {@code Flux}: nothing is sent until
 * subscription, and each subscription sends anew. Arguments are checked when the method
 * is called, before anything is sent: a bad one raises an
 * {@link IllegalArgumentException} naming the parameter. HubSpot's errors arrive as
 * {@link io.github.associations.error.HubSpotException}s; per-input errors of batch calls
 * are part of the returned {@link io.github.associations.model.BatchResult}, not errors.
 * Object types are given as HubSpot accepts them: an id such as {@code 0-1} (see
 * {@link ObjectTypes}) or a name such as {@code contacts}; record ids as decimal strings.
 *
 * @since 0.1.0
 * @see <a href=
 * "https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/guide">HubSpot's
 * guide to associating records</a>
 * @see <a href=
 * "https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associations-schema/guide">HubSpot's
 * guide to association labels and limits</a>
 */
public interface AssociationsOperations {

    /**
     * Calls on the associations of single records (list, associate with labels, default
     * associate, remove).
     * @return the record-level operations
     */
    RecordAssociationOperations records();

    /**
     * Batch calls (read, create with labels, associate default, archive, archive labels)
     * over any number of inputs.
     * @return the batch operations
     */
    BatchAssociationOperations batch();

    /**
     * Association labels of an object pair (list, create single or paired, update,
     * delete).
     * @return the calls on association labels
     */
    AssociationLabelOperations labels();

    /**
     * Configured association limits (definition configurations).
     * @return the calls on configured association limits
     */
    AssociationLimitOperations limits();

    /**
     * The high-usage report.
     * @return the high-usage report call
     */
    AssociationUsageOperations usage();

    /**
     * The v3 calls: association types of a pair and v3 batch create, read and archive.
     * @return HubSpot's v3 calls
     * @deprecated since 0.1.0: HubSpot stops supporting its v3 APIs in September 2027 and
     * has no date-based version of them; use {@link #batch()}
     * ({@link BatchAssociationOperations#create create},
     * {@link BatchAssociationOperations#read read},
     * {@link BatchAssociationOperations#archive archive}) and {@link #labels()}
     * ({@link AssociationLabelOperations#list list}), which call the configured API
     * version
     */
    @Deprecated(since = "0.1.0")
    V3AssociationOperations v3();

}
