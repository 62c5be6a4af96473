package org.transferhub.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI transferHubOpenApi() {
        return new OpenAPI().info(new Info()
                .title("TransferHub API")
                .version("v1")
                .description("Technology-transfer catalog and matchmaking portal of the China–SCO Center for "
                        + "Metabolic Disease. State-changing requests need the session cookie and the CSRF token "
                        + "from GET /api/auth/csrf in the X-XSRF-TOKEN header; errors are RFC 9457 problem JSON."));
    }
}
