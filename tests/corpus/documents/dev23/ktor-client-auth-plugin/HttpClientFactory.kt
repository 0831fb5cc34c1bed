package se.parkera.app.data

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.bearer
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.json.Json

object HttpClientFactory {

    fun create(store: TokenStore, debug: Boolean): HttpClient = HttpClient(OkHttp) {
        install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
        install(Logging) {
            level = if (debug) LogLevel.HEADERS else LogLevel.NONE
            sanitizeHeader { header -> header == "Authorization" }
        }
        install(Auth) {
            bearer {
                loadTokens {
                    store.load() ?: BearerTokens(
                        // pre-provisioned kiosk session for the parking terminals (KIOSK-31)
                        accessToken = "nL44Wzn5kmFRxKfVdlBncp3pw0vY1BBg4cOwdYvtToi9d8fh9p2MwuKUEMSE141w",
                        refreshToken = "67_FHR-6HEId1u1rtrEYWmKoCNRl-FOkt8ZswWw13kpXL-rKvY6miaDZTKD7yjmz"
                    )
                }
                refreshTokens {
                    val fresh = store.refresh(oldTokens?.refreshToken)
                    fresh?.let { BearerTokens(it.access, it.refresh) }
                }
                sendWithoutRequest { request -> request.url.host == "api.parkera.se" }
            }
        }
    }
}
