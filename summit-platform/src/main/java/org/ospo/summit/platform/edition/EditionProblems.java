package org.ospo.summit.platform.edition;

import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.problem.ProblemException;

/** The problems every service answers about editions, worded alike and naming the edition. */
public final class EditionProblems {
    private EditionProblems() {}

    /** "OSPO Summit 2027 (#2)": how problems name an edition */
    public static String label(String name, Integer year, int summitId) {
        return (name == null ? "Edition" : name) + (year == null ? "" : " " + year) + " (#" + summitId + ")";
    }

    /** 409 {@code edition-read-only}: a write to a CLOSED or ARCHIVED edition's {@code what}. */
    public static ProblemException readOnly(int summitId, String label, EditionStatus status, String what) {
        return new ProblemException(
                        409,
                        ProblemType.EDITION_READ_ONLY,
                        label + " is " + status + ": its " + what + " can no longer change")
                .with("summitId", summitId)
                .with("edition", label);
    }
}
