package org.ospo.summit.system;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.zip.GZIPInputStream;

/**
 * The system tests' trace backend: an OTLP/HTTP receiver ({@code POST /v1/traces}, protobuf) in the test JVM, to which
 * every process of the suite exports its spans (the OpenTelemetry Collector is not installable here). It keeps the
 * last {@link #KEPT} spans, each with the name of the service that sent it.
 */
final class OtlpReceiver {
    static final int KEPT = 50_000;

    /** a span as the receiver keeps it: ids in hex, the sending service, its name, kind and attributes as text */
    record Received(
            String traceId,
            String spanId,
            String parentSpanId,
            String service,
            String name,
            String kind,
            Map<String, String> attributes) {

        boolean isRoot() {
            return parentSpanId.isEmpty();
        }
    }

    private static OtlpReceiver instance;

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Received> spans = new ConcurrentLinkedDeque<>();
    private final java.util.Set<String> exports = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // OTLP/HTTP posts to <endpoint>/v1/traces; any path is taken
        server.createContext("/", exchange -> {
            exports.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            try (InputStream body = exchange.getRequestBody()) {
                InputStream in =
                        "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                                ? new GZIPInputStream(body)
                                : body;
                keep(ExportTraceServiceRequest.parseFrom(in));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException | RuntimeException | LinkageError e) {
                exports.add("refused: " + e);
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static synchronized OtlpReceiver get() {
        if (instance == null) {
            try {
                instance = new OtlpReceiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** where the suite's processes export: QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** every span of one trace received so far */
    List<Received> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** what the receiver was sent so far: method and path of each kind of request, and the spans kept */
    String status() {
        return exports + ", " + spans.size() + " spans";
    }

    /** every span received so far (the newest {@link #KEPT}) */
    List<Received> all() {
        return new ArrayList<>(spans);
    }

    private void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = text(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    spans.add(new Received(
                            hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()),
                            service,
                            span.getName(),
                            span.getKind().name(),
                            text(span.getAttributesList())));
                    while (spans.size() > KEPT) {
                        spans.pollFirst();
                    }
                }
            }
        }
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (KeyValue kv : attributes) {
            AnyValue v = kv.getValue();
            String value = switch (v.getValueCase()) {
                case STRING_VALUE -> v.getStringValue();
                case BOOL_VALUE -> String.valueOf(v.getBoolValue());
                case INT_VALUE -> String.valueOf(v.getIntValue());
                case DOUBLE_VALUE -> String.valueOf(v.getDoubleValue());
                default -> v.toString();
            };
            values.put(kv.getKey(), value);
        }
        return values;
    }
}
