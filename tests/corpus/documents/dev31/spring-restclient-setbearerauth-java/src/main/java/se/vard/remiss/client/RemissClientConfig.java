package se.vard.remiss.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
public class RemissClientConfig {

    @Bean
    RestClient remissClient(@Value("${remiss.base-url:https://remiss-api.regionvast.internal}") String baseUrl) {
        return RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> {
                    h.setBearerAuth("9rNWp5XRyyq-M4eCQbWYtYJOr337qAx4xtgC3t08XF0G");
                    h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
                })
                .build();
    }

    @Bean
    RestClient labClient() {
        return RestClient.builder()
                .baseUrl("https://lab-svar.regionvast.internal/api")
                .defaultHeaders(h -> h.setBearerAuth("a9b7fb3f2c4b1a74453913195f323ecc149996889775beb2"))
                .defaultHeader("X-Caller", "remiss-service")
                .build();
    }
}
