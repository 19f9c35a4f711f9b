package org.ospo.summit.agenda.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "room")
public class Room {
    @Id
    public UUID id;
    public String name;
    public int capacity;
}
