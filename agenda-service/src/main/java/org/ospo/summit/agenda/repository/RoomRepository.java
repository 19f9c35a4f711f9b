package org.ospo.summit.agenda.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.model.Room;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {
}
