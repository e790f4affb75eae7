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

package io.github.associations.emulator.internal.store;

import java.util.ArrayList;
import java.util.List;

import io.github.associations.emulator.internal.store.AssociationDefinition.Kind;

import static io.github.associations.emulator.internal.store.AssociationDefinition.HUBSPOT_DEFINED;

/**
 * HubSpot's published association type ids (contacts, companies, deals, tickets and their
 * activities), each with its inverse.
 */
final class HubSpotDefinedTypes {

    static final String PRIMARY_LABEL = "Primary";

    private static final String CONTACT = "0-1";

    private static final String COMPANY = "0-2";

    private static final String DEAL = "0-3";

    private static final String TICKET = "0-5";

    private HubSpotDefinedTypes() {
    }

    /**
     * Every catalogued definition, both directions of each pair.
     * @return the definitions
     */
    static List<AssociationDefinition> all() {
        List<AssociationDefinition> all = new ArrayList<>();
        // Pairs with a primary type: the unlabeled type's v3 name carries the _unlabeled
        // suffix.
        unlabeled(all, CONTACT, COMPANY, 279, 280, true);
        primary(all, CONTACT, COMPANY, 1, 2);
        unlabeled(all, COMPANY, DEAL, 342, 341, true);
        primary(all, COMPANY, DEAL, 6, 5);
        unlabeled(all, COMPANY, TICKET, 340, 339, true);
        primary(all, COMPANY, TICKET, 25, 26);
        unlabeled(all, CONTACT, DEAL, 4, 3, false);
        unlabeled(all, CONTACT, TICKET, 15, 16, false);
        unlabeled(all, DEAL, TICKET, 27, 28, false);
        symmetric(all, CONTACT, 449);
        symmetric(all, COMPANY, 450);
        symmetric(all, DEAL, 451);
        symmetric(all, TICKET, 452);
        labelled(all, COMPANY, COMPANY, 13, 14, "Child Company", "Parent Company", "parent_to_child_company",
                "child_to_parent_company");
        // UNCERTAIN: label text and v3 names of the billing-contact types are not
        // published.
        labelled(all, CONTACT, COMPANY, 931, 930, "Billing contact", "Billing contact", "billing_contact_to_company",
                "company_to_billing_contact");
        // Activities: {activity type, contact, company, deal, ticket} as
        // forward/inverse pairs.
        activity(all, "0-48", 193, 194, 181, 182, 205, 206, 219, 220);
        activity(all, "0-49", 197, 198, 185, 186, 209, 210, 223, 224);
        activity(all, "0-47", 199, 200, 187, 188, 211, 212, 225, 226);
        activity(all, "0-46", 201, 202, 189, 190, 213, 214, 227, 228);
        activity(all, "0-27", 203, 204, 191, 192, 215, 216, 229, 230);
        activity(all, "0-18", 82, 81, 88, 87, 86, 85, 84, 83);
        activity(all, "0-116", 454, 453, 460, 459, 458, 457, 456, 455);
        unlabeled(all, DEAL, "0-8", 19, 20, false);
        return all;
    }

    /**
     * The v3 name of a type between two object types: {@code <from>_to_<to>}.
     * @param from the from object type id
     * @param to the to object type id
     * @return the name
     */
    static String v3Name(String from, String to) {
        return ObjectTypes.byId(from).name() + "_to_" + ObjectTypes.byId(to).name();
    }

    private static void unlabeled(List<AssociationDefinition> all, String from, String to, int forward, int inverse,
            boolean pairHasPrimary) {
        String suffix = pairHasPrimary ? "_unlabeled" : "";
        all.add(new AssociationDefinition(forward, HUBSPOT_DEFINED, from, to, null, v3Name(from, to) + suffix, inverse,
                Kind.UNLABELED));
        all.add(new AssociationDefinition(inverse, HUBSPOT_DEFINED, to, from, null, v3Name(to, from) + suffix, forward,
                Kind.UNLABELED));
    }

    private static void primary(List<AssociationDefinition> all, String from, String to, int forward, int inverse) {
        all.add(new AssociationDefinition(forward, HUBSPOT_DEFINED, from, to, PRIMARY_LABEL, v3Name(from, to), inverse,
                Kind.PRIMARY));
        all.add(new AssociationDefinition(inverse, HUBSPOT_DEFINED, to, from, PRIMARY_LABEL, v3Name(to, from), forward,
                Kind.PRIMARY));
    }

    private static void symmetric(List<AssociationDefinition> all, String type, int typeId) {
        all.add(new AssociationDefinition(typeId, HUBSPOT_DEFINED, type, type, null, v3Name(type, type), typeId,
                Kind.UNLABELED));
    }

    private static void labelled(List<AssociationDefinition> all, String from, String to, int forward, int inverse,
            String label, String inverseLabel, String name, String inverseName) {
        all.add(new AssociationDefinition(forward, HUBSPOT_DEFINED, from, to, label, name, inverse,
                Kind.HUBSPOT_LABEL));
        all.add(new AssociationDefinition(inverse, HUBSPOT_DEFINED, to, from, inverseLabel, inverseName, forward,
                Kind.HUBSPOT_LABEL));
    }

    private static void activity(List<AssociationDefinition> all, String activity, int... contactCompanyDealTicket) {
        String[] others = { CONTACT, COMPANY, DEAL, TICKET };
        for (int i = 0; i < others.length; i++) {
            unlabeled(all, others[i], activity, contactCompanyDealTicket[2 * i], contactCompanyDealTicket[2 * i + 1],
                    false);
        }
    }

}
