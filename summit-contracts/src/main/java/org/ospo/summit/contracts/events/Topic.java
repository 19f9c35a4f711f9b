package org.ospo.summit.contracts.events;

import java.util.Arrays;

/**
 * The letter's six key themes (管理、人力资源、经济、法律、商业、技术): what an attendee wants to discuss and what a
 * session is about. One vocabulary for every service, carried by name in events.
 */
public enum Topic {
    MANAGEMENT,
    HR,
    ECONOMICS,
    LEGAL,
    BUSINESS,
    TECHNOLOGY;

    /** Whether a name (a stored column, another version's event) is one of the six. */
    public static boolean known(String name) {
        return Arrays.stream(values()).anyMatch(t -> t.name().equals(name));
    }
}
