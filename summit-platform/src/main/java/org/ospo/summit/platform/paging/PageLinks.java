package org.ospo.summit.platform.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page answers a {@code Link} header (RFC 8288) to its neighbours: {@code first}, {@code prev}, {@code next},
 * {@code last}, each the request's own path and query with {@code page} changed. The targets are path-absolute, so
 * they hold through the gateway and behind any host name; {@code prev} and {@code next} are left out at the ends.
 */
public class PageLinks {
    public static final String HEADER = "Link";

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Page<?> page) {
            String links = of(request.getUriInfo().getRequestUri(), page.page(), page.size(), page.total());
            response.getHeaders().putSingle(HEADER, links);
        }
    }

    /** the header's value for page {@code page} of {@code total} items, {@code size} a page */
    static String of(URI request, int page, int size, long total) {
        long last = Math.max(0, (total - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page > 0) {
            links.add(link(request, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, long page, String rel) {
        StringBuilder query = new StringBuilder();
        String raw = request.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty() && !pair.equals("page") && !pair.startsWith("page=")) {
                    query.append(query.isEmpty() ? "" : "&").append(pair);
                }
            }
        }
        query.append(query.isEmpty() ? "" : "&").append("page=").append(page);
        return "<" + request.getRawPath() + "?" + query + ">; rel=\"" + rel + "\"";
    }
}
