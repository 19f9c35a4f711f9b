package org.ospo.summit.platform.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent events client for tests: opens {@code uri} with {@code Accept: text/event-stream}, reads its lines
 * as they come and hands them out as events (field → value, {@code comment} for a comment line). Closing it closes
 * the connection, as a browser tab going away does.
 */
public final class EventStream implements AutoCloseable {
    private static final String END = "\u0000end";
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public EventStream(URI uri, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            try (Stream<String> body = r.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream, or the server ended it
            }
            lines.add(END);
        });
    }

    /** the answer's status and headers, once they arrived */
    public HttpResponse<Stream<String>> response(Duration timeout) throws Exception {
        return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The next event: its fields up to the blank line that ends it (a comment line is an event of its own, {@code
     * comment}); null when none came within {@code timeout}; {@code {"end": ""}} when the stream ended.
     */
    public Map<String, String> next(Duration timeout) throws InterruptedException {
        Map<String, String> event = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (END.equals(line)) {
                lines.add(END);
                return Map.of("end", "");
            }
            if (line.isEmpty()) {
                if (!event.isEmpty()) {
                    return event;
                }
                continue;
            }
            if (line.startsWith(":")) {
                if (event.isEmpty()) {
                    return Map.of("comment", line.substring(1).trim());
                }
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            event.merge(field, value, (a, b) -> a + "\n" + b);
        }
    }

    /** the next event that is not a comment, or null */
    public Map<String, String> nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, String> event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (event == null || !event.containsKey("comment")) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
