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

package io.github.associations.redis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where {@code redis-server} is on the {@code PATH}, as the Docker
 * tests run only where Docker is: {@code ./mvnw verify} passes on a machine with only a
 * JDK, and says why these tests were skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EnabledIfRedisServer.Condition.class)
@interface EnabledIfRedisServer {

    /**
     * Enables the tests where {@code redis-server} is on the {@code PATH}.
     */
    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return RedisServer.executable()
                .map((binary) -> ConditionEvaluationResult.enabled("redis-server found at " + binary))
                .orElseGet(() -> ConditionEvaluationResult.disabled("redis-server is not on the PATH: the tests of the "
                        + "Redis rate-limit store start their own Redis 7 and are skipped without it"));
        }

    }

}
