package org.ospo.summit.contracts.events;

/** How the recipient answered an introduction ({@code introduction.answered}). */
public enum IntroductionAnswer {
    ACCEPTED,
    DECLINED
}
