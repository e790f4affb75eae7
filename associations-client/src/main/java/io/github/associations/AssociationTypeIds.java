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
 * HubSpot-defined association type ids (category {@code HUBSPOT_DEFINED}), named for what
 * they mean, from HubSpot's tables. Type ids are directional:
 * {@link #CONTACT_TO_COMPANY_PRIMARY} labels a contact's primary company when associating
 * from a contact to a company. Turn one into a spec with
 * {@link io.github.associations.model.AssociationSpec#hubSpotDefined(int)}.
 * <p>
 * The unlabeled (default) type is named plainly ({@code CONTACT_TO_COMPANY}); primary,
 * parent/child and billing types say so.
 *
 * @since 0.1.0
 */
public final class AssociationTypeIds {

    /** Contact to contact, unlabeled. */
    public static final int CONTACT_TO_CONTACT = 449;

    /** Contact to company, unlabeled. */
    public static final int CONTACT_TO_COMPANY = 279;

    /** Contact to its primary company. */
    public static final int CONTACT_TO_COMPANY_PRIMARY = 1;

    /** Billing contact to company. */
    public static final int BILLING_CONTACT_TO_COMPANY = 931;

    /** Contact to deal, unlabeled. */
    public static final int CONTACT_TO_DEAL = 4;

    /** Contact to ticket, unlabeled. */
    public static final int CONTACT_TO_TICKET = 15;

    /** Company to contact, unlabeled. */
    public static final int COMPANY_TO_CONTACT = 280;

    /** Company to its primary contact. */
    public static final int COMPANY_TO_CONTACT_PRIMARY = 2;

    /** Company to billing contact. */
    public static final int COMPANY_TO_BILLING_CONTACT = 930;

    /** Company to company, unlabeled. */
    public static final int COMPANY_TO_COMPANY = 450;

    /** Parent company to child company. */
    public static final int PARENT_COMPANY_TO_CHILD_COMPANY = 13;

    /** Child company to parent company. */
    public static final int CHILD_COMPANY_TO_PARENT_COMPANY = 14;

    /** Company to deal, unlabeled. */
    public static final int COMPANY_TO_DEAL = 342;

    /** Primary company to deal (the company is the deal's primary company). */
    public static final int PRIMARY_COMPANY_TO_DEAL = 6;

    /** Company to ticket, unlabeled. */
    public static final int COMPANY_TO_TICKET = 340;

    /** Primary company to ticket (the company is the ticket's primary company). */
    public static final int PRIMARY_COMPANY_TO_TICKET = 25;

    /** Deal to contact, unlabeled. */
    public static final int DEAL_TO_CONTACT = 3;

    /** Deal to company, unlabeled. */
    public static final int DEAL_TO_COMPANY = 341;

    /** Deal to its primary company. */
    public static final int DEAL_TO_COMPANY_PRIMARY = 5;

    /** Deal to deal, unlabeled. */
    public static final int DEAL_TO_DEAL = 451;

    /** Deal to ticket, unlabeled. */
    public static final int DEAL_TO_TICKET = 27;

    /** Deal to line item. */
    public static final int DEAL_TO_LINE_ITEM = 19;

    /** Line item to deal. */
    public static final int LINE_ITEM_TO_DEAL = 20;

    /** Ticket to contact, unlabeled. */
    public static final int TICKET_TO_CONTACT = 16;

    /** Ticket to company, unlabeled. */
    public static final int TICKET_TO_COMPANY = 339;

    /** Ticket to its primary company. */
    public static final int TICKET_TO_COMPANY_PRIMARY = 26;

    /** Ticket to deal, unlabeled. */
    public static final int TICKET_TO_DEAL = 28;

    /** Ticket to ticket, unlabeled. */
    public static final int TICKET_TO_TICKET = 452;

    private AssociationTypeIds() {
    }

}
