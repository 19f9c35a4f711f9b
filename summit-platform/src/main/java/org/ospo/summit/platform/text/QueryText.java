package org.ospo.summit.platform.text;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ospo.summit.platform.problem.ProblemException;

/** Query parameters follow the same text rule as bodies ({@link ControlCharacters}): a NUL in {@code ?q=} is a 400. */
public class QueryText {
    @ServerRequestFilter
    public void noControlCharacters(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            if (ControlCharacters.present(parameter.getKey())) {
                throw ProblemException.badRequest("A query parameter name contains control characters");
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.present(value)) {
                    throw ProblemException.invalid(parameter.getKey(), ControlCharacters.MESSAGE);
                }
            }
        }
    }
}
