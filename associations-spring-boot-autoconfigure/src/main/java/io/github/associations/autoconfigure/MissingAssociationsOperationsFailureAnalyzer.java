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

package io.github.associations.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains a missing {@code AssociationsOperations} bean when no HubSpot credentials are
 * configured: the auto-configuration then backs off, and the user needs to know which
 * properties to set. When credentials are configured, the bean is missing for another
 * reason and Spring Boot's own analysis (with its conditions report) applies instead.
 * <p>
 * Ordered before Spring Boot's {@code NoSuchBeanDefinitionFailureAnalyzer}, which would
 * otherwise answer first. Like that analyzer, it names the injection point that needed
 * the bean ("Parameter 0 of constructor in com.example.CrmLinker").
 */
class MissingAssociationsOperationsFailureAnalyzer
        extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException> implements Ordered {

    /**
     * Matched by name: the analyzer is loaded whether or not the client's classes are.
     */
    static final String OPERATIONS_TYPE = "io.github.associations.AssociationsOperations";

    private final Environment environment;

    private final String operationsType;

    /**
     * Create the analyzer; Spring Boot passes the failed application's environment.
     * @param environment the environment, to tell whether credentials are configured
     */
    public MissingAssociationsOperationsFailureAnalyzer(Environment environment) {
        this(environment, OPERATIONS_TYPE);
    }

    MissingAssociationsOperationsFailureAnalyzer(Environment environment, String operationsType) {
        this.environment = environment;
        this.operationsType = operationsType;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
            @Nullable String injectionPoint) {
        Class<?> beanType = cause.getResolvableType() != null ? cause.getResolvableType().resolve() : null;
        if (beanType == null || !this.operationsType.equals(beanType.getName())
                || !CredentialProperties.configuredIn(this.environment).isEmpty()) {
            return null;
        }
        String description = ((injectionPoint != null) ? injectionPoint : "A component") + " required a bean of type '"
                + this.operationsType
                + "', but no HubSpot credentials are configured, so the HubSpot auto-configuration did not create one.";
        String action = "Set " + CredentialProperties.ACCESS_TOKEN + " to a private app's access token, or "
                + CredentialProperties.CLIENT_ID + ", " + CredentialProperties.CLIENT_SECRET + " and "
                + CredentialProperties.REFRESH_TOKEN + " to a public app's OAuth credentials (optionally "
                + "hubspot.base-url to point at another HubSpot, such as the emulator). Alternatively, define a "
                + "HubSpotConnectionDetails or AccessTokenProvider bean.";
        return new FailureAnalysis(description, action, cause);
    }

    @Override
    public int getOrder() {
        return 0;
    }

}
