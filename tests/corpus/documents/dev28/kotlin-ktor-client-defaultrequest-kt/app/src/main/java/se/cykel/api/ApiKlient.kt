package se.cykel.api

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.http.HttpHeaders
import io.ktor.serialization.kotlinx.json.json

private const val SERVICE_TOKEN = "X9hf3vYI-brSss98k-WJ_LMBbEvfmbqJ4JECEJLc6s0"

val apiKlient = HttpClient(OkHttp) {
    install(ContentNegotiation) { json() }
    defaultRequest {
        url("https://api.lanecykel.se/v3/")
        headers.append(HttpHeaders.Authorization, "Bearer $SERVICE_TOKEN")
        headers.append("X-App-Build", "82d7e3f1")
    }
}
