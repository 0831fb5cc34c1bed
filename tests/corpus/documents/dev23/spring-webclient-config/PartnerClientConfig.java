package se.forsakra.claims.partner;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class PartnerClientConfig {

    /** Workshop network API. The default is the sandbox partner token; prod sets PARTNER_TOKEN. */
    @Value("${partner.workshops.token:6mGlPHRpkqfQZGpgkoDylhYsObGviUjJ}")
    private String workshopToken;

    @Value("${partner.workshops.base-url:https://api.verkstadsnatet.se/v1}")
    private String workshopBaseUrl;

    @Bean
    WebClient workshopClient(WebClient.Builder builder) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3000)
                .responseTimeout(Duration.ofSeconds(8));
        return builder
                .baseUrl(workshopBaseUrl)
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + workshopToken)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    WebClient glassRepairClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://partner.rutglas.se/api")
                .defaultHeaders(h -> h.setBearerAuth("t2QY1VKZfqzXE6J4bfmOeumAeXzV740s-jvH45aAKS4"))
                .build();
    }
}
