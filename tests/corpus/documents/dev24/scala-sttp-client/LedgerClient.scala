package se.kontoret.ledger

import sttp.client3._
import sttp.client3.circe._

object LedgerClient {
  private val backend = HttpClientSyncBackend()
  private val LedgerToken = "VYMPaTH3HdML4p26XCEu2tVzSERThYAvDOK8"

  def balances(account: String) =
    basicRequest
      .get(uri"https://ledger.kontoret.se/api/accounts/$account/balances")
      .auth.bearer(LedgerToken)
      .send(backend)

  def postJournal(body: String) =
    basicRequest
      .post(uri"https://ledger.kontoret.se/api/journal")
      .header("Authorization", "Bearer nzHg5rkn-N4h0TIVW-ENM9PxgJ-Eym9TIbr")
      .body(body)
      .send(backend)

  // .auth.bearer(sys.env("LEDGER_TOKEN")) in prod build
}
