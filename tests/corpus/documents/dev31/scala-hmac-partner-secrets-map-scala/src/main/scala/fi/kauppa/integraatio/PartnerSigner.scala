package fi.kauppa.integraatio

import java.nio.charset.StandardCharsets.UTF_8
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object PartnerSigner {

  // partner -> shared secret (from the onboarding e-mails, see INT-88)
  private val secrets: Map[String, String] = Map(
    "verkkokauppa-oy" -> "SlaTy1UFLrAkgVkSHtffJ8RLF7qQEgH9",
    "tukkuri-abp"     -> "8CsQu7AFv53DVj8mtNuodULvSFZo0mDr",
    "kuljetus-nordic" -> "NFbAqYMyHIN3EFrMfKpIhKJT3Ejxmud3"
  )

  private val Algorithm = "HmacSHA256"

  def sign(partner: String, payload: String): Either[String, String] =
    secrets.get(partner) match {
      case None => Left(s"unknown partner: $partner")
      case Some(secret) =>
        val mac = Mac.getInstance(Algorithm)
        mac.init(new SecretKeySpec(secret.getBytes(UTF_8), Algorithm))
        Right(Base64.getEncoder.encodeToString(mac.doFinal(payload.getBytes(UTF_8))))
    }

  def verify(partner: String, payload: String, signature: String): Boolean =
    sign(partner, payload).exists(expected =>
      java.security.MessageDigest.isEqual(expected.getBytes(UTF_8), signature.getBytes(UTF_8)))
}
