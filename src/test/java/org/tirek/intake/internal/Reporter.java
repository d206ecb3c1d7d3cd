package org.tirek.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporter's browser as plain HTTP against the real server (Tomcat, every filter): fetches the
 * form, sends it as multipart with files, and comes back with the receipt. Sends a marked user
 * agent, referrer and forwarded-for address with every request, so tests can look for them.
 */
final class Reporter {

    static final String USER_AGENT = "MarkerAgent/7.3 (intake-trace-probe)";
    static final String FORWARDED_FOR = "203.0.113.77";
    static final String REFERRER = "https://referrer.example/intake-trace-probe";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Reporter(int port) {
        this.base = "http://localhost:" + port;
    }

    record Page(int status, String body, Map<String, List<String>> headers) {
        String token() {
            return field("formToken");
        }

        String field(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                    .matcher(body);
            if (!m.find()) throw new AssertionError("no field " + name + " in\n" + body);
            return m.group(1).replace("&#39;", "'").replace("&amp;", "&");
        }

        String receipt() {
            Matcher m = Pattern.compile("id=\"receipt\">([0-9 ]+)<").matcher(body);
            if (!m.find()) throw new AssertionError("no receipt in " + status + "\n" + body);
            return m.group(1);
        }

        List<String> cookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }
    }

    record Upload(String name, String type, byte[] content) {}

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (!body.isEmpty()) body.append('&');
            body.append(java.net.URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Page postMultipart(String path, Map<String, String> fields, List<Upload> files)
            throws IOException, InterruptedException {
        String boundary = "----probe" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Upload u : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + u.name() + "\"\r\nContent-Type: " + u.type() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(u.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Fetches the form and sends it with {@code answers} (form field names) and files. */
    Page report(Map<String, String> answers, List<Upload> files) throws IOException, InterruptedException {
        Page form = get("/report");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formToken", form.token());
        fields.put("version", form.field("version"));
        fields.putAll(answers);
        return postMultipart("/report", fields, files);
    }

    /** A complete, valid set of answers to the default questionnaire. */
    static Map<String, String> answers(String story) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("q.who", "SURVIVOR");
        a.put("q.what", "PHYSICAL_ASSAULT");
        a.put("q.when.year", "2025");
        a.put("q.when.month", "3");
        a.put("q.where", "KZ-75");
        a.put("q.area", "RURAL");
        a.put("q.safe", "NO");
        a.put("q.contact.way", "PHONE");
        a.put("q.contact.phone", "+7 701 555 01 02");
        a.put("q.contact.times", "weekdays after 10");
        a.put("q.contact.message", "yes");
        a.put("q.consent.SERVICES", "yes");
        a.put("q.consent.STATISTICS", "yes");
        a.put("q.story", story);
        return a;
    }

    static List<Upload> files(Upload... uploads) {
        return new ArrayList<>(List.of(uploads));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.header("User-Agent", USER_AGENT)
                        .header("X-Forwarded-For", FORWARDED_FOR)
                        .header("Referer", REFERRER)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(
                response.statusCode(), response.body(), response.headers().map());
    }
}
