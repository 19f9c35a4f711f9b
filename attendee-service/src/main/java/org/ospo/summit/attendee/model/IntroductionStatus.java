package org.ospo.summit.attendee.model;

import org.ospo.summit.contracts.events.IntroductionAnswer;

/** Where an introduction stands: asked, then answered once by its recipient. */
public enum IntroductionStatus {
    PENDING,
    ACCEPTED,
    DECLINED;

    public static IntroductionStatus of(IntroductionAnswer answer) {
        return answer == IntroductionAnswer.ACCEPTED ? ACCEPTED : DECLINED;
    }
}
