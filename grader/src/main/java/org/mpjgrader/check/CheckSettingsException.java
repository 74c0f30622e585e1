package org.mpjgrader.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check kind's settings that cannot be used, with the node of the package they concern, so that the package's
 * reader names its line and column rather than the check entry's (a misspelt name deep in an expression).
 */
public final class CheckSettingsException extends IllegalArgumentException {
    private final transient JsonNode at;

    public CheckSettingsException(JsonNode at, String message) {
        super(message);
        this.at = at;
    }

    /** The node of the package the problem is at. */
    public JsonNode at() {
        return at;
    }
}
