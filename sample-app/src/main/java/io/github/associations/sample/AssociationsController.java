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

import io.github.associations.AssociationsOperations;
import io.github.associations.model.AssociatedRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * Streams a record's associations as they are paged in from HubSpot: as newline-delimited
 * JSON, or as one JSON array.
 */
@RestController
class AssociationsController {

    private final AssociationsOperations associations;

    AssociationsController(AssociationsOperations associations) {
        this.associations = associations;
    }

    @GetMapping(path = "/associations/{objectType}/{objectId}/{toObjectType}",
            produces = { MediaType.APPLICATION_NDJSON_VALUE, MediaType.APPLICATION_JSON_VALUE })
    Flux<AssociatedRecord> associations(@PathVariable String objectType, @PathVariable String objectId,
            @PathVariable String toObjectType) {
        return this.associations.records().list(objectType, objectId, toObjectType);
    }

    /**
     * A path the client refuses (an id that is not a HubSpot record id, an object type
     * that is not a HubSpot name) is the caller's error: 400 with a problem detail that
     * says what is wrong with it.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid association path");
        return problem;
    }

}
