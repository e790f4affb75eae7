package io.github.associations.model;

/**
 * Two records to associate with the default type (batch associate default).
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 */
public record RecordPair(String fromId, String toId) {

    /**
     * A pair.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @return the pair
     */
    public static RecordPair of(String fromId, String toId) {
        return new RecordPair(fromId, toId);
    }

}
