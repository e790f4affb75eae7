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

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The values of HubSpot's secrets, wherever they were configured: the credential
 * properties as the environment resolves them (so also the environment variables of any
 * name they reference), the connection details' credentials, and every refresh token
 * HubSpot rotated to. Lets Actuator mask any entry whose value is one of them, under any
 * name and in any property source.
 * <p>
 * As a {@link HubSpotRefreshTokenListener} bean it hears of rotated refresh tokens from
 * the OAuth access-token provider. It never shows the values it holds.
 */
final class HubSpotSecretValues implements HubSpotRefreshTokenListener {

    /** Rotated refresh tokens kept; rotations are rare, and the newest matter most. */
    private static final int MAX_ROTATED = 32;

    /**
     * Shorter secrets are matched as whole values only, so that they mask no other value.
     */
    private static final int MIN_CONTAINED_LENGTH = 8;

    private final Binder binder;

    private final ObjectProvider<HubSpotConnectionDetails> connectionDetails;

    private final Deque<String> rotated = new ConcurrentLinkedDeque<>();

    /**
     * Create the holder.
     * @param environment the environment whose credential properties are secrets
     * @param connectionDetails the connection details, whose credentials are secrets
     */
    HubSpotSecretValues(Environment environment, ObjectProvider<HubSpotConnectionDetails> connectionDetails) {
        this.binder = Binder.get(environment);
        this.connectionDetails = connectionDetails;
    }

    @Override
    public void refreshTokenRotated(String newRefreshToken) {
        if (StringUtils.hasText(newRefreshToken)) {
            this.rotated.addFirst(newRefreshToken.strip());
            while (this.rotated.size() > MAX_ROTATED) {
                this.rotated.pollLast();
            }
        }
    }

    /**
     * Whether a value is, or contains, one of HubSpot's secrets.
     * @param value a value Actuator is about to show
     * @return {@code true} if it must be masked
     */
    boolean isSecret(@Nullable Object value) {
        if (value == null) {
            return false;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return false;
        }
        for (String secret : current()) {
            if (text.equals(secret) || (secret.length() >= MIN_CONTAINED_LENGTH && text.contains(secret))) {
                return true;
            }
        }
        return false;
    }

    private List<String> current() {
        List<String> secrets = new ArrayList<>(this.rotated);
        for (String property : CredentialProperties.SECRETS) {
            this.binder.bind(property, String.class).ifBound((secret) -> add(secrets, secret));
        }
        HubSpotConnectionDetails details = connectionDetails();
        if (details != null) {
            add(secrets, details.getAccessToken());
            OAuthCredentials oauth = details.getOAuth();
            if (oauth != null) {
                add(secrets, oauth.clientSecret());
                add(secrets, oauth.refreshToken());
            }
        }
        return secrets;
    }

    private @Nullable HubSpotConnectionDetails connectionDetails() {
        try {
            return this.connectionDetails.getIfUnique();
        }
        catch (RuntimeException ex) {
            // Invalid credentials fail startup elsewhere; the properties still count.
            return null;
        }
    }

    private static void add(List<String> secrets, @Nullable String secret) {
        if (StringUtils.hasText(secret)) {
            secrets.add(secret.strip());
        }
    }

    @Override
    public String toString() {
        return "HubSpotSecretValues[values masked]";
    }

}
