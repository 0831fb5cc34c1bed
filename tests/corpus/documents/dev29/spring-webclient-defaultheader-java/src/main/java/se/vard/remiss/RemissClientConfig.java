package se.vard.remiss;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class RemissClientConfig {

    // Långlivad systemtoken från regionens IdP (giltig t.o.m. 2026-06-30)
    private static final String SYSTEM_TOKEN =
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IllaUnZzczg4eWlaUllfTDE1emh5N2IifQ.eyJzdWIiOiI5MTg1OTciLCJpYXQiOjE3NzQyNjg3MTksImV4cCI6MTc3NDI2OTYxOSwiaXNzIjoiaHR0cHM6Ly9pZHAucmVnaW9uLmxhbiIsImF1ZCI6InJlbWlzcy1hcGkiLCJqdGkiOiI2NjgwODllNi1lYzUxLTRkYTAtOTQzMC1hYWJmZTU3YzBmNDUifQ.WLVDQZY5TerQpvsqNquEZqhj8Xg_STCq56x-oJ0GByYv9WkWuB6QupcNH00S51zG3YTNLzhJ8-ufTZlvtMV9ikCYmNQ91AAx_z2hPdpogiMXko8J3SX4Vqvmj6IoEnWZYa-eF5Mk5lcVaLS4FLttSwIfmbLoRCNrMctkBJBk0_hUv431LeYdfnfuEvS4OKltooLyc1AovRyPQWiuWSoH9jWoIT9b-yEC8D3STek4WW7271w6mdCgCAtsuJEUZDNhWyHQnGddnTiwiasxJ4g6UjMLbTHXWzJnda8j0l0S0cXrMkcftXSgtbEWv155btWAKZDMH28iXqzRCmwNuXQfkw";

    @Bean
    WebClient remissClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://remiss.region.lan/api/v3")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + SYSTEM_TOKEN)
                .defaultHeader(HttpHeaders.ACCEPT, "application/fhir+json")
                .build();
    }
}
