import sttp.client4._

object Ledger {
  private val token = "r2SPUBzxVmOzZAM0Z8QrzFJpfNKTMf_ZBWG3G3BSg24"
  val req = basicRequest.get(uri"https://core.sisu-data.fi/v1/ledger").header("Authorization", s"Bearer $token")
  val ping = basicRequest.get(uri"https://core.sisu-data.fi/ping").auth.bearer("gAAAAAB0ZIFHJUc0W0h4EOiamBLBSIWXDjg5D65UUREwM5qCmC0fN5uRkY2YdJ2E5CUD6eg0Qo45O6Sz4UM1i1kEUfucfa7Olx-S0aTLzUtpR79GvL1somL3ZS5NMQZsrtHkHgg6EAGxqs48KN9CFhQgrCqRH_3v8o5ZsE9laCuDlIC7Ky7kc9mUKaWRZhBvvigmGXUdma1HTvM")
}
