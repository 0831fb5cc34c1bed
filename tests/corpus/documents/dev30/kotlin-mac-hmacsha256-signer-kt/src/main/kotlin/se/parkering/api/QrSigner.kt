package se.parkering.api

import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object QrSigner {
    private const val KEY = "7EPMwTzV2Ego6ZVb3V5EIvN6paMZYDx1iV641xV7ZBJpAvGJ"
    private const val OLD_KEY = "zaofpskjLgdmzvkAw15xJ4b3x06KUkOQvsbh0L1Ny759MP0N"
    private val spec = SecretKeySpec(KEY.toByteArray(Charsets.UTF_8), "HmacSHA256")

    fun sign(payload: String): String {
        val mac = Mac.getInstance("HmacSHA256").apply { init(spec) }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.toByteArray()))
    }
}
