package org.transferhub.shared.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a problem straight to the exchange, for code that runs outside controllers: security
 * entry points, filters, and the last-resort web exception handler.
 */
@Component
public class ProblemWriter {

    private final ServerResponse.Context context;

    ProblemWriter(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, Throwable error) {
        return write(exchange, Problems.from(error, exchange.getRequest().getURI()));
    }

    public Mono<Void> write(ServerWebExchange exchange, Problems.Problem problem) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        return ServerResponse.status(problem.status())
                .headers(h -> h.addAll(problem.headers()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem.body())
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
