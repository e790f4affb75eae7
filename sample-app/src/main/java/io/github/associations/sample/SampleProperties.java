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

package io.github.associations.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample job does.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("sample")
public class SampleProperties {

    /**
     * Whether the onboarding job runs at startup.
     */
    private boolean runJob = true;

    /**
     * Number of contacts to link to companies.
     */
    private int contacts = 5000;

    /**
     * Number of companies the contacts are spread over.
     */
    private int companies = 50;

    /**
     * Id of the first contact; contacts get consecutive ids. Against a real account,
     * point it at existing records.
     */
    private long firstContactId = 1001;

    /**
     * Id of the first company; companies get consecutive ids. Against a real account,
     * point it at existing records.
     */
    private long firstCompanyId = 1;

    /**
     * Number of links handed to the client per call (the client splits them into
     * HubSpot's batch size).
     */
    private int linksPerCall = 1000;

    /**
     * HubSpot user to whom the high-usage report is e-mailed.
     */
    private long reportUserId = 1;

    public boolean isRunJob() {
        return this.runJob;
    }

    public void setRunJob(boolean runJob) {
        this.runJob = runJob;
    }

    public int getContacts() {
        return this.contacts;
    }

    public void setContacts(int contacts) {
        this.contacts = contacts;
    }

    public int getCompanies() {
        return this.companies;
    }

    public void setCompanies(int companies) {
        this.companies = companies;
    }

    public long getFirstContactId() {
        return this.firstContactId;
    }

    public void setFirstContactId(long firstContactId) {
        this.firstContactId = firstContactId;
    }

    public long getFirstCompanyId() {
        return this.firstCompanyId;
    }

    public void setFirstCompanyId(long firstCompanyId) {
        this.firstCompanyId = firstCompanyId;
    }

    public int getLinksPerCall() {
        return this.linksPerCall;
    }

    public void setLinksPerCall(int linksPerCall) {
        this.linksPerCall = linksPerCall;
    }

    public long getReportUserId() {
        return this.reportUserId;
    }

    public void setReportUserId(long reportUserId) {
        this.reportUserId = reportUserId;
    }

}
