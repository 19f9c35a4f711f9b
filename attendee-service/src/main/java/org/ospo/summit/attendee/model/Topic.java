package org.ospo.summit.attendee.model;

/** The letter's six key themes (管理、人力资源、经济、法律、商业、技术): what an attendee wants to discuss. */
public enum Topic {
    MANAGEMENT, HR, ECONOMICS, LEGAL, BUSINESS, TECHNOLOGY
}
