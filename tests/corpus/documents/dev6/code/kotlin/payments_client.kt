package io.thistle.crm

object CrmSecrets {
    const val apiKey = "nsYDzpqtujJiZptlQyLQ5qwuOs2ZVCfRhbERe2vcHXyl7aQvUOLOjH9"
    val hmacKey: ByteArray = "HYfN5rI1I5Sf/GHP4I3inIZFgo5bikLj".toByteArray()
    const val clientId = "3a34e012-62c0-4a39-866c-21cc3a8710f4"
    var clientSecret: String = "voVPApItwT586eBt3QeoUwwQq3Ts9HhhY3DS0I"
    // val placeholder = "op://Engineering/payments/api-key"
    const val gitSha = "28937b8d2731d58e6419494c9eaad81facd09f44"
}
