package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.ospo.summit.agenda.model.Room;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    /**
     * Gives edition {@code to} the rooms of edition {@code from} (new ids, same names and capacities), unless it has
     * rooms already — so a redelivered announcement copies nothing twice. Returns how many rooms were copied.
     */
    public Uni<Integer> copyRooms(int from, int to) {
        return getSession()
                .chain(s -> s.createNativeQuery("insert into room (id, summit_id, name, capacity) "
                                + "select gen_random_uuid(), :to, name, capacity from room where summit_id = :from "
                                + "and not exists (select 1 from room where summit_id = :to)")
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .executeUpdate());
    }
}
