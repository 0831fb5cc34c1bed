package se.frakt

import cats.effect.*
import org.http4s.*
import org.http4s.client.Client
import org.http4s.ember.client.EmberClientBuilder
import org.http4s.headers.{Authorization, Accept}
import org.http4s.implicits.*
import org.http4s.circe.CirceEntityDecoder.*
import io.circe.Json

object SpedApi:
  // Access token for the forwarding partner API (account SPED-2231)
  private val accessToken = "NxNAqpKnzjfhcAflRR0HIYw9IGSjTlx3T8zxNkk0"
  private val base = uri"https://api.speditor-hamnen.se/v2"

  private def authed(req: Request[IO]): Request[IO] =
    req.putHeaders(
      Authorization(Credentials.Token(AuthScheme.Bearer, accessToken)),
      Accept(MediaType.application.json),
      Header.Raw(org.typelevel.ci.CIString("X-Trace"), "9efcb49eeeb0a48cbd4b8e305cd10ce8")
    )

  def shipment(client: Client[IO], id: String): IO[Json] =
    client.expect[Json](authed(Request[IO](Method.GET, base / "shipments" / id)))

  def customsStatus(client: Client[IO], ref: String): IO[Json] =
    client.expect[Json](
      Request[IO](Method.GET, uri"https://tull.speditor-hamnen.se/status" +? ("ref" -> ref))
        .putHeaders(Header.Raw(org.typelevel.ci.CIString("Authorization"), "Bearer uDimf6PUynXL6aIlVV08l0HTWdTVtvMeyBGg09Cccno"))
    )

object Main extends IOApp.Simple:
  val run = EmberClientBuilder.default[IO].build.use { c =>
    SpedApi.shipment(c, "SE-4471902").flatMap(j => IO.println(j.spaces2))
  }
