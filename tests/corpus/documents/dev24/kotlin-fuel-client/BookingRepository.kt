package se.padelhallen.app.data

import com.github.kittinunf.fuel.Fuel
import com.github.kittinunf.fuel.core.extensions.authentication
import com.github.kittinunf.fuel.coroutines.awaitString

private const val COURT_API = "https://api.courtbook.se/v1"
private const val PARTNER_TOKEN = "Y87d5eeaTUlINSU95bJymjt_IbzP3FzfcXCIGSulb9_"

class BookingRepository(private val userToken: () -> String?) {

    suspend fun courts(hallId: String): String =
        Fuel.get("$COURT_API/halls/$hallId/courts")
            .authentication().bearer(PARTNER_TOKEN)
            .awaitString()

    suspend fun myBookings(): String =
        Fuel.get("$COURT_API/me/bookings")
            .authentication().bearer(userToken() ?: error("not logged in"))
            .awaitString()

    suspend fun legacyPrices(): String =
        Fuel.get("https://legacy.courtbook.se/prices.json")
            .header("Authorization", "Bearer 41801856ac09154d14fe07b41f0be250")
            .awaitString()
}
