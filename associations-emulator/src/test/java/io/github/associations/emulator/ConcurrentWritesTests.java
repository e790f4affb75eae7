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

package io.github.associations.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.associations.emulator.control.EmulatorState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches from many threads at once end in exactly the state their inputs describe.
 */
class ConcurrentWritesTests extends EmulatorApiTestSupport {

    private static final int THREADS = 8;

    private static final int COMPANIES_PER_CONTACT = 50;

    @Test
    void parallelBatchCreatesAndReadsStayConsistent() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                long contact = thread + 1;
                tasks.add(() -> {
                    // Every thread targets the same companies, so their sides of the
                    // index are written concurrently.
                    for (long company = 1; company <= COMPANIES_PER_CONTACT; company += 10) {
                        Reply reply = postJson("/crm/v4/associations/contacts/companies/batch/create",
                                batchCreate(contact, "HUBSPOT_DEFINED", 279, ids(company, company + 9)));
                        assertThat(reply.status()).isEqualTo(201);
                    }
                    // The contact's primary company moves around; exactly one must
                    // remain.
                    for (long company = 1; company <= 5; company++) {
                        putJson("/crm/v4/objects/contacts/{id}/associations/companies/{company}",
                                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]", contact,
                                company);
                    }
                    return get("/crm/v4/objects/companies/1/associations/contacts").status();
                });
                tasks.add(() -> {
                    int reads = 0;
                    for (int i = 0; i < 20; i++) {
                        Reply reply = postJson("/crm/v4/associations/companies/contacts/batch/read",
                                json(Map.of("inputs", List.of(Map.of("id", "1"), Map.of("id", "2")))));
                        assertThat(reply.status()).isIn(200, 207);
                        reads++;
                    }
                    return reads;
                });
            }
            for (Future<Integer> result : executor.invokeAll(tasks)) {
                assertThat(result.get()).isPositive();
            }
        }
        finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(state().associationCount("contacts", "companies")).isEqualTo(THREADS * COMPANIES_PER_CONTACT);
        for (long contact = 1; contact <= THREADS; contact++) {
            List<EmulatorState.Association> companies = state().associations("contacts", Long.toString(contact),
                    "companies");
            assertThat(companies).hasSize(COMPANIES_PER_CONTACT);
            assertThat(
                    companies.stream().filter((a) -> a.types().size() == 2).map(EmulatorState.Association::toObjectId))
                .containsExactly("5");
        }
        for (long company = 1; company <= COMPANIES_PER_CONTACT; company++) {
            List<EmulatorState.Association> contacts = state().associations("companies", Long.toString(company),
                    "contacts");
            assertThat(contacts).hasSize(THREADS);
            int expectedTypes = (company == 5) ? 2 : 1;
            assertThat(contacts).allSatisfy((a) -> assertThat(a.types()).hasSize(expectedTypes));
        }
    }

}
