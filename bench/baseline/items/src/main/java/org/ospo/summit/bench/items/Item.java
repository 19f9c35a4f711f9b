package org.ospo.summit.bench.items;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One row of {@code bench_item}, filled by bench/side-by-side.sh. */
@Entity
@Table(name = "bench_item")
public class Item extends PanacheEntityBase {
    @Id
    public long id;
    public String name;
    public String description;
    public int quantity;
}
