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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Links contacts to companies in HubSpot (or, without credentials, in an embedded
 * emulator), reads the associations back, prints a summary, then serves a record's
 * associations as a JSON stream. Run it with
 * {@code --spring.main.web-application-type=none} to exit after the job.
 *
 * @since 0.1.0
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

    /**
     * Run the application.
     * @param args command line arguments
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SampleApplication.class);
        ConfigurableApplicationContext context = application.run(args);
        if (application.getWebApplicationType() == WebApplicationType.NONE) {
            // Nothing left to serve: the job ran during startup.
            System.exit(SpringApplication.exit(context));
        }
    }

}
