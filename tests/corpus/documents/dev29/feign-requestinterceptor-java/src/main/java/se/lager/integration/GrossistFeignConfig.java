package se.lager.integration;

import feign.RequestInterceptor;
import org.springframework.context.annotation.Bean;

public class GrossistFeignConfig {

    @Bean
    public RequestInterceptor grossistAuth() {
        return template -> template.header("Authorization", "Bearer uI9cA2n2RP4Y-s3V1LDJstcZRK2q-2RxZ6wIFtpw2QI");
    }
}
