package org.ospo.summit.agenda.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published version of the agenda and what changed in it")
public record PublishedVersion(@Schema(example = "3") int version, OffsetDateTime publishedAt, List<Change> changes) {}
