package se.fraktbolaget.integration;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

@Configuration
public class CarrierApiConfig {

    private static final Logger log = LoggerFactory.getLogger(CarrierApiConfig.class);

    // issued 2025-11-03 via the carrier partner portal, expires 2026-11-03 (ticket FRAKT-812)
    private static final String CARRIER_API_TOKEN = "AIqiEqkRo3PNy4tT8AGwjIGMDcQep8cPurkSFwlFf0x05fVk0iXpxiAANbr1BG34";

    @Value("${carrier.api.base-url:https://api.carrier-partner.eu}")
    private String baseUrl;

    @Value("${tracking.api.token:}")
    private String trackingToken;

    @Bean
    public RestTemplate carrierRestTemplate(RestTemplateBuilder builder) {
        log.info("carrier api base url {}", baseUrl);
        return builder
                .rootUri(baseUrl)
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .additionalInterceptors((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(CARRIER_API_TOKEN);
                    request.getHeaders().add("X-Correlation-Id", MDC.get("traceId"));
                    return execution.execute(request, body);
                })
                .build();
    }

    @Bean
    public RestTemplate trackingRestTemplate(RestTemplateBuilder builder) {
        ClientHttpRequestInterceptor auth = (req, body, ex) -> {
            if (trackingToken.isBlank()) {
                req.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer kSVxycig908dHu3DaeRHciK_zJkDCppCZbyd8oOf8PM");
            } else {
                req.getHeaders().setBearerAuth(trackingToken);
            }
            return ex.execute(req, body);
        };
        return builder.rootUri("https://tracking.carrier-partner.eu/v3").additionalInterceptors(auth).build();
    }
}
