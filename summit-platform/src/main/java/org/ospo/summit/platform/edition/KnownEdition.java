package org.ospo.summit.platform.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ospo.summit.contracts.events.EditionStatus;

/** An edition of the summit as a service that follows editions learnt it (summit.updated). */
@Entity
@Table(name = "known_edition")
public class KnownEdition {
    @Id
    public Integer id;

    public String name;
    public Integer year;

    @Enumerated(EnumType.STRING)
    public EditionStatus status;

    public boolean current;
    /** when it became current, by the announcement that made it so */
    @Column(name = "current_since")
    public OffsetDateTime currentSince;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** the edition's days as announced; null until an announcement named them */
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String timezone;

    public String label() {
        return EditionProblems.label(name, year, id);
    }

    /** Refuses a write to a past edition's {@code what}: 409 naming it. */
    public void checkWritable(String what) {
        if (status.isReadOnly()) {
            throw EditionProblems.readOnly(id, label(), status, what);
        }
    }
}
