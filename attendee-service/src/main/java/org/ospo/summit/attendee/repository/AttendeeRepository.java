package org.ospo.summit.attendee.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.attendee.model.Attendee;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<Attendee, UUID> {
}
