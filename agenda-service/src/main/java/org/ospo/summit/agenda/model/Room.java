package org.ospo.summit.agenda.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "room")
public class Room {
    @Id
    public UUID id;
    /** the edition the room is set up for (names are unique per edition) */
    @Column(name = "summit_id")
    public int summitId;

    public String name;
    public int capacity;
}
