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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsOperations;
import io.github.associations.ObjectTypes;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LimitInput;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Onboards a sales team's contacts: labels who manages whom, links every contact to its
 * company, caps how many contacts a company may have, and checks the result, all through
 * the injected {@link AssociationsOperations}.
 *
 * @since 0.1.0
 */
@Service
public class AssociationsOnboardingService {

    private static final Log logger = LogFactory.getLog(AssociationsOnboardingService.class);

    private static final String MANAGER = "Manager";

    private static final AssociationSpec CONTACT_TO_COMPANY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private static final int COMPANY_TO_CONTACT = AssociationTypeIds.COMPANY_TO_CONTACT;

    private final AssociationsOperations associations;

    private final SampleProperties properties;

    private final RequestCounter requests;

    AssociationsOnboardingService(AssociationsOperations associations, SampleProperties properties,
            RequestCounter requests) {
        this.associations = associations;
        this.properties = properties;
        this.requests = requests;
    }

    /**
     * Run the onboarding.
     * @return the summary
     */
    public Mono<OnboardingSummary> onboard() {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            long requestsBefore = this.requests.count();
            return managerLabel().flatMap((manager) -> link(manager).flatMap((links) -> limitContactsPerCompany()
                .flatMap((limit) -> streamFirstCompany().zipWith(readEveryCompany())
                    .flatMap((read) -> this.associations.usage()
                        .requestHighUsageReport(this.properties.getReportUserId())
                        .map((report) -> new OnboardingSummary(manager.typeId(), links[0], links[1], read.getT1(),
                                read.getT2(), limit, String.valueOf(report.userEmail()),
                                this.requests.count() - requestsBefore,
                                Duration.ofNanos(System.nanoTime() - started)))))));
        });
    }

    /**
     * The paired "Manager"/"Employee" label between contacts and companies, created
     * unless it exists.
     */
    private Mono<AssociationType> managerLabel() {
        return findManager().switchIfEmpty(Mono.defer(() -> this.associations.labels()
            .create(ObjectTypes.CONTACTS, ObjectTypes.COMPANIES, LabelDefinition.paired("manager", MANAGER, "Employee"))
            .doOnNext((created) -> logger.info("Created the paired label Manager/Employee: " + created))
            .then(findManager())));
    }

    private Mono<AssociationType> findManager() {
        return this.associations.labels()
            .list(ObjectTypes.CONTACTS, ObjectTypes.COMPANIES)
            .filter((type) -> MANAGER.equals(type.label()))
            .next();
    }

    /**
     * Link every contact to its company (the unlabeled type), the first contact of each
     * company as its manager too, a call per {@code linksPerCall} links, logging
     * progress.
     * @return the links made and refused
     */
    private Mono<int[]> link(AssociationType manager) {
        int total = this.properties.getContacts();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        return Flux.range(0, total)
            .map((index) -> linkOf(index, manager))
            .buffer(this.properties.getLinksPerCall())
            .concatMap(
                    (inputs) -> this.associations.batch().create(ObjectTypes.CONTACTS, ObjectTypes.COMPANIES, inputs))
            .doOnNext((result) -> {
                refused.addAndGet(result.failedInputs().size());
                int linked = done.addAndGet(result.results().size());
                logger.info(String.format("Linked %d/%d contacts to their companies (%d refused so far)", linked, total,
                        refused.get()));
            })
            .then(Mono.fromSupplier(() -> new int[] { done.get(), refused.get() }));
    }

    private AssociationInput linkOf(int index, AssociationType manager) {
        int companies = this.properties.getCompanies();
        String contact = Long.toString(this.properties.getFirstContactId() + index);
        String company = Long.toString(this.properties.getFirstCompanyId() + (index % companies));
        boolean isManager = index < companies;
        return isManager ? AssociationInput.of(contact, company, CONTACT_TO_COMPANY, manager.toSpec())
                : AssociationInput.of(contact, company, CONTACT_TO_COMPANY);
    }

    /**
     * Cap the contacts a company may have at twice what the job gives it (configured, or
     * changed if it was).
     * @return the limit
     */
    private Mono<Integer> limitContactsPerCompany() {
        int limit = 2 * Math.max(1, this.properties.getContacts() / this.properties.getCompanies());
        LimitInput input = LimitInput.of(AssociationSpec.hubSpotDefined(COMPANY_TO_CONTACT), limit);
        return this.associations.limits()
            .list(ObjectTypes.COMPANIES, ObjectTypes.CONTACTS)
            .any((existing) -> existing.typeId() == COMPANY_TO_CONTACT)
            .flatMap((exists) -> exists
                    ? this.associations.limits().update(ObjectTypes.COMPANIES, ObjectTypes.CONTACTS, List.of(input))
                    : this.associations.limits().create(ObjectTypes.COMPANIES, ObjectTypes.CONTACTS, List.of(input)))
            .doOnNext((result) -> logger.info("Limited companies to " + limit + " contacts each"
                    + (result.hasErrors() ? ", refused: " + result.errors() : "")))
            .thenReturn(limit);
    }

    private Mono<Long> streamFirstCompany() {
        return this.associations.records()
            .list(ObjectTypes.COMPANIES, Long.toString(this.properties.getFirstCompanyId()), ObjectTypes.CONTACTS)
            .count();
    }

    private Mono<Long> readEveryCompany() {
        List<String> companies = new ArrayList<>();
        LongStream.range(0, this.properties.getCompanies())
            .forEach((index) -> companies.add(Long.toString(this.properties.getFirstCompanyId() + index)));
        return this.associations.batch()
            .read(ObjectTypes.COMPANIES, ObjectTypes.CONTACTS, companies)
            .map((result) -> result.results().stream().mapToLong((item) -> item.associatedRecords().size()).sum());
    }

}
