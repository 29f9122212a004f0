package no.sammen.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: follows nothing by itself, keeps cookies per host (also {@code Secure} ones over
 * plain http on localhost, as browsers do), and sends {@code Accept: text/html} like a browser navigation.
 * Each instance is one browser, so two instances are two people.
 */
final class HttpBrowser {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** host:port → cookie name → value */
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    /** Raw Set-Cookie headers seen, newest last. */
    final List<String> setCookieHeaders = new java.util.ArrayList<>();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    HttpResponse<String> get(String url, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(builder::header);
        return send(builder, url);
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) {
        return postForm(url, form, Map.of());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder, url);
    }

    HttpResponse<String> send(HttpRequest.Builder builder, String url) {
        URI uri = URI.create(url);
        String cookieHeader = cookieHeader(uri);
        if (!cookieHeader.isEmpty()) {
            builder.header("Cookie", cookieHeader);
        }
        builder.timeout(Duration.ofSeconds(30));
        HttpRequest request = builder.build();
        if (request.headers().firstValue("Accept").isEmpty()) {
            builder.header("Accept", "text/html,application/xhtml+xml");
            request = builder.build();
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                remember(uri, header);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects from {@code response} until a non-redirect answer; returns it. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        int hops = 0;
        while (isRedirect(response) && hops++ < 10) {
            response = get(location(response));
        }
        return response;
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3;
    }

    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location in a " + response.statusCode() + " answer"));
        return response.uri().resolve(location).toString();
    }

    String cookie(String hostPort, String name) {
        return cookies.getOrDefault(hostPort, Map.of()).get(name);
    }

    void setCookie(String hostPort, String name, String value) {
        cookies.computeIfAbsent(hostPort, k -> new LinkedHashMap<>()).put(name, value);
    }

    Map<String, String> cookies(String hostPort) {
        return Map.copyOf(cookies.getOrDefault(hostPort, Map.of()));
    }

    void forgetCookies() {
        cookies.clear();
    }

    private String cookieHeader(URI uri) {
        return cookies.getOrDefault(key(uri), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private void remember(URI uri, String header) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        var jar = cookies.computeIfAbsent(key(uri), k -> new LinkedHashMap<>());
        boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
        if (expired) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }

    static String key(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
