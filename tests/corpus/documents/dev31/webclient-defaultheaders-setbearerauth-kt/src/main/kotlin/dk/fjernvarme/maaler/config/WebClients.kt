package dk.fjernvarme.maaler.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class WebClients {

    @Bean
    fun eloverblikClient(builder: WebClient.Builder): WebClient =
        builder
            .baseUrl("https://api.datahub-intern.dk/customerapi/api")
            .defaultHeaders { it.setBearerAuth("Ydjlu9Meu-xXG6BOzA3t0GibH5qRX69ECqpj45rf8kyy3XCa5rXm") }
            .build()

    @Bean
    fun maalerClient(builder: WebClient.Builder): WebClient =
        builder
            .baseUrl("https://maaler.fjernvarme-intern.dk/v1")
            .defaultHeaders { headers ->
                headers.setBearerAuth("2b7fc939023320e689a3dd7664c58d9519b2a9b73eaecc7133108e1181528938")
                headers.set("X-Client", "maaler-sync")
            }
            .build()
}
