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
 * Object type ids of HubSpot's standard objects, usable wherever an object type is
 * expected. HubSpot also accepts names for some objects (for example {@code contacts});
 * custom objects have ids of the form {@code 2-XXX}.
 *
 * @since 0.1.0
 */
public final class ObjectTypes {

    /** Contacts. */
    public static final String CONTACTS = "0-1";

    /** Companies. */
    public static final String COMPANIES = "0-2";

    /** Deals. */
    public static final String DEALS = "0-3";

    /** Tickets. */
    public static final String TICKETS = "0-5";

    /** Products. */
    public static final String PRODUCTS = "0-7";

    /** Line items. */
    public static final String LINE_ITEMS = "0-8";

    /** Quotes. */
    public static final String QUOTES = "0-14";

    /** Communications (SMS, WhatsApp, LinkedIn messages). */
    public static final String COMMUNICATIONS = "0-18";

    /** Feedback submissions. */
    public static final String FEEDBACK_SUBMISSIONS = "0-19";

    /** Tasks. */
    public static final String TASKS = "0-27";

    /** Notes (not {@code 0-4}, which some third-party code uses). */
    public static final String NOTES = "0-46";

    /** Meetings. */
    public static final String MEETINGS = "0-47";

    /** Calls. */
    public static final String CALLS = "0-48";

    /** Emails. */
    public static final String EMAILS = "0-49";

    /** Invoices. */
    public static final String INVOICES = "0-52";

    /** Marketing events. */
    public static final String MARKETING_EVENTS = "0-54";

    /** Subscriptions. */
    public static final String SUBSCRIPTIONS = "0-69";

    /** Payments. */
    public static final String PAYMENTS = "0-101";

    /** Users. */
    public static final String USERS = "0-115";

    /** Postal mail. */
    public static final String POSTAL_MAIL = "0-116";

    /** Leads. */
    public static final String LEADS = "0-136";

    /** Services. */
    public static final String SERVICES = "0-162";

    /** Courses. */
    public static final String COURSES = "0-410";

    /** Listings. */
    public static final String LISTINGS = "0-420";

    /** Appointments. */
    public static final String APPOINTMENTS = "0-421";

    private ObjectTypes() {
    }

}
