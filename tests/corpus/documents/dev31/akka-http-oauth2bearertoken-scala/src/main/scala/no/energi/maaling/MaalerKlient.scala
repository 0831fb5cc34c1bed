package no.energi.maaling

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken}
import akka.http.scaladsl.model.{HttpRequest, HttpResponse, Uri}

import scala.concurrent.Future

final class MaalerKlient(implicit system: ActorSystem[_]) {

  private val elhubToken = OAuth2BearerToken("hB8f4rTyKYt6nrwQnTgDh9-IJ2U9_PWO4-jHrMPB")
  private val internAuth = Authorization(OAuth2BearerToken("fb788265ca2fabd5811923af907d394461034b56ce75799a"))

  def hentMaalerverdier(maalepunkt: String, fra: String, til: String): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = Uri(s"https://api.elhub-intern.no/v2/maalepunkter/$maalepunkt/verdier?fra=$fra&til=$til"))
        .withHeaders(Authorization(elhubToken))
    )

  def rapporter(body: String): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://rapport.energi-intern.no/api/innsending")
        .withHeaders(internAuth)
        .withEntity(akka.http.scaladsl.model.ContentTypes.`application/json`, body)
    )
}
