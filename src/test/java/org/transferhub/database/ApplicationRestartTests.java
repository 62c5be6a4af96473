package org.transferhub.database;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.TransferHubApplication;

/**
 * The whole application, stopped and started again on the same data directory: what was written
 * (here: the first admin and a signed-in session) is still there, so a user stays signed in across
 * a restart.
 */
class ApplicationRestartTests {

    private static final String PASSWORD = "Restart-admin-password-2026";

    @TempDir
    Path dataDir;

    @Test
    void dataAndSessionsSurviveARestart() {
        String session;
        try (ConfigurableApplicationContext first = start()) {
            WebTestClient web = client(first);
            var csrf = web.get().uri("/api/auth/csrf").exchange().expectStatus().isOk().expectBody().returnResult();
            String token = csrf.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
            var login = web.post().uri("/api/auth/login").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", "admin", "password", PASSWORD))
                    .exchange().expectStatus().isOk().expectBody().returnResult();
            session = login.getResponseCookies().getFirst("SESSION").getValue();
        }
        try (ConfigurableApplicationContext second = start()) {
            client(second).get().uri("/api/me").cookie("SESSION", session).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.username").isEqualTo("admin");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(TransferHubApplication.class).run(
                "--server.port=0",
                "--MONGODB_URI=", // always the embedded database, even if the developer has one configured
                "--transferhub.data.dir=" + dataDir,
                "--transferhub.demo=false",
                "--transferhub.admin.password=" + PASSWORD,
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }
}
