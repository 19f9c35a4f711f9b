package org.ospo.summit.agenda.model;

/** The letter's six key themes: 管理、人力资源、经济、法律、商业、技术. */
public enum Topic {
    MANAGEMENT, HR, ECONOMICS, LEGAL, BUSINESS, TECHNOLOGY;

    /** Whether a name (from another service's event) is one of the six. */
    public static boolean known(String name) {
        return java.util.Arrays.stream(values()).anyMatch(t -> t.name().equals(name));
    }
}
