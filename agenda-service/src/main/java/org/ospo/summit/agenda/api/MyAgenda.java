package org.ospo.summit.agenda.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The published sessions I registered for, in time order")
public record MyAgenda(List<PublishedSession> sessions) {}
