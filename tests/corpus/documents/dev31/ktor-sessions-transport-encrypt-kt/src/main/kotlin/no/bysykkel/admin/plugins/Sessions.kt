package no.bysykkel.admin.plugins

import io.ktor.server.application.*
import io.ktor.server.sessions.*
import io.ktor.util.*
import kotlinx.serialization.Serializable

@Serializable
data class AdminSession(val userId: String, val displayName: String, val roles: List<String>)

@Serializable
data class Preferences(val language: String = "nb", val theme: String = "light")

fun Application.configureSessions() {
    // 16-byte AES key and 32-byte HMAC key, hex encoded
    val secretEncryptKey = hex("ea40700f618eb324ccb7d18deb13a0c5")
    val secretSignKey = hex("0f3aada84c9a110710723769f9440045797fa2fc6bd3463f59f8bd1f93b0975b")
    // sign key from before the 2026-10 rotation, still accepted for preference cookies
    val oldSecretSignKey = hex("68260f57640e2eba76ee9f7e72f4d4cb3cee817e7cc37e4e1962ef46d52c25ff")

    install(Sessions) {
        cookie<AdminSession>("admin_session") {
            cookie.path = "/"
            cookie.maxAgeInSeconds = 8 * 60 * 60
            cookie.httpOnly = true
            cookie.secure = true
            cookie.extensions["SameSite"] = "lax"
            transform(SessionTransportTransformerEncrypt(secretEncryptKey, secretSignKey))
        }
        cookie<Preferences>("prefs") {
            cookie.path = "/"
            transform(SessionTransportTransformerMessageAuthentication(secretSignKey))
            transform(SessionTransportTransformerMessageAuthentication(oldSecretSignKey))
        }
    }
}
