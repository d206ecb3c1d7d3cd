package org.tirek.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code tirek.intake.port} set, a second port serves the public report pages and nothing else,
 * so that an organisation can publish only intake to the internet or an onion service while staff
 * pages, the API, unsealing and health stay on the main port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakePortIntegrationTest {

    static final int INTAKE_PORT = freePort();

    @DynamicPropertySource
    static void intakePort(DynamicPropertyRegistry registry) {
        registry.add("tirek.intake.port", () -> INTAKE_PORT);
    }

    @LocalServerPort
    int mainPort;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theIntakePortServesTheReportPagesAndNothingElse() throws Exception {
        assertThat(status(INTAKE_PORT, "/report")).isEqualTo(200);
        assertThat(status(INTAKE_PORT, "/report/follow-up")).isEqualTo(200);
        assertThat(status(INTAKE_PORT, "/report/exit")).isEqualTo(200);
        assertThat(status(INTAKE_PORT, "/report/assets/intake.css")).isEqualTo(200);
        for (String elsewhere : new String[] {
            "/",
            "/login",
            "/vault/unseal",
            "/api/v1/vault/status",
            "/actuator/health",
            "/intake",
            "/reportx",
            "/css/tirek.css"
        }) {
            assertThat(status(INTAKE_PORT, elsewhere))
                    .as("%s on the intake port", elsewhere)
                    .isEqualTo(404);
        }
        assertThat(status(mainPort, "/login")).isEqualTo(200);
        assertThat(status(mainPort, "/report")).isEqualTo(200);
    }

    private int status(int port, String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
