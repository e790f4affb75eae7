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

package io.github.associations.emulator.internal.endpoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.associations.emulator.internal.http.ApiException;
import org.springframework.web.util.UriUtils;

/**
 * HubSpot's opaque {@code after} cursor: the URL-encoded base64 of
 * {@code <toObjectTypeId>-<lastId>}, for example {@code MC0yLTE1OTc0MDA2NTg%3D} for
 * {@code 0-2-1597400658}, as decoded from HubSpot's examples.
 */
final class PagingCursor {

    private PagingCursor() {
    }

    /**
     * The cursor that continues after {@code lastId}.
     * @param toObjectTypeId the listed object type id
     * @param lastId the last record id of the page
     * @return the cursor, URL-encoded as HubSpot returns it
     */
    static String encode(String toObjectTypeId, long lastId) {
        String base64 = Base64.getEncoder()
            .encodeToString((toObjectTypeId + "-" + lastId).getBytes(StandardCharsets.US_ASCII));
        return URLEncoder.encode(base64, StandardCharsets.US_ASCII);
    }

    /**
     * The last id a cursor points after. Accepts the cursor URL-encoded once or not at
     * all, since clients either pass {@code paging.next.after} through as it came or
     * decode it first.
     * @param cursor the cursor as received (query parameter already decoded once by the
     * server)
     * @param toObjectTypeId the listed object type id, which the cursor must name
     * @return the last id of the previous page
     * @throws ApiException 400 VALIDATION_ERROR for anything that is not such a cursor
     */
    static long decode(String cursor, String toObjectTypeId) {
        try {
            String base64 = (cursor.indexOf('%') >= 0) ? UriUtils.decode(cursor, StandardCharsets.US_ASCII) : cursor;
            // A '+' may have been turned into a space by form-style decoding on the way
            // in.
            String text = new String(Base64.getDecoder().decode(base64.replace(' ', '+')), StandardCharsets.US_ASCII);
            int dash = text.lastIndexOf('-');
            if (dash > 0 && text.substring(0, dash).equals(toObjectTypeId)) {
                long lastId = Long.parseLong(text.substring(dash + 1));
                if (lastId >= 0) {
                    return lastId;
                }
            }
        }
        catch (IllegalArgumentException ex) {
            // Not URL, base64 or number: same answer as a cursor for another object type.
        }
        // UNCERTAIN: HubSpot's message for a bad cursor is undocumented.
        throw ApiException.validation("Invalid paging cursor 'after': " + cursor, "after");
    }

}
