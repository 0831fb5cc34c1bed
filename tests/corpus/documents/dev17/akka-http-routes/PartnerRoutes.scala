package se.kvarnbackens.partner

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken, BasicHttpCredentials, RawHeader}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.directives.Credentials

import scala.concurrent.Future

object PartnerRoutes {
  // TODO(SEC-512): move to application.conf / vault
  private val UpstreamToken   = "mDuK9UWoYfEIPtVXNv77U0NzoTLpisISN7IHY8vP"
  private val ReportingToken  = OAuth2BearerToken("eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IklOckFySkVmZHQybHpqQVJ5dko0In0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6IkdSVjNWc3l1NU8ycyIsImF1ZCI6Im9yZGVycyIsImlhdCI6MTc3MTg1MDExNSwiZXhwIjoxNzcxOTM2NTE1LCJqdGkiOiI4NGRlN2Y5Zi0xNmVlLTc5ZGYtNDUyNC00OGZkNjFhYmI4MjYifQ.kST8uREncUAwbhywmphdHbm5mI0VO85RVUlDqneLqi4g2ZcvN3nCRAPxsFl7hzyuV1VWbpK5UOGtlui4W0xjYtV9ImM3-DgHn6SGoE4aa6SzbkjnIWJ8Lh1-5-ueihPssmNunUt-Nl0Ezn-_l5rke3EWWXQ7mSN0p-zSGqlthFgYvGUAKvp9G3BZTK_mip1z1G4Ne4iOv-yZ-S633qjYA4tqPctMY1g2jJ0zqEZI_kf5Qv2a3wAtzVFv_hjc5wZ4gn-XUxeUl4NlWShnzFAjAv3S3NxJ-9NWPp35o3VIivT3n_Ynq3y_mxx8JWhV2jso4tvblgoAVyYfyHq_F9WO9A")
  private val WebhookSecret   = "dae23b1c1fcf95be9a236b9f260739ec4cf38cd07145a1647f23afbb588b21ff"
  private val S3AccessKey     = "AKIAVJU3NFBUPNR3JTUT"
  private val S3SecretKey     = "Kzi/roKi1ywmYYe1Gxe7CHE0uMOXN3DbEzqh3VYM"
  private val AdminPassword   = "a1QC#FGuj5u7A"
  private val ExampleToken    = "YOUR_TOKEN_HERE"
  private val KeystorePass    = "NULfUqI6q5yA".toCharArray

  def authenticator(credentials: Credentials): Option[String] = credentials match {
    case p @ Credentials.Provided(id) if id == "partner-admin" && p.verify(AdminPassword) => Some(id)
    case _ => None
  }

  def upstream(implicit system: ActorSystem[_]): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://erp.kvarnbackens.se/api/stock")
        .withHeaders(
          Authorization(OAuth2BearerToken(UpstreamToken)),
          RawHeader("X-Api-Key", "6S3pWzTdj8cd4E4fnRNLQrmY7ECDKNRJ")))

  def legacy(implicit system: ActorSystem[_]): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://legacy.kvarnbackens.se/report")
        .withHeaders(Authorization(BasicHttpCredentials("report", "km8kIVmPu1gT"))))

  val routes =
    pathPrefix("partner") {
      authenticateBasic(realm = "partner", authenticator) { user =>
        path("stock") { get { complete(StatusCodes.OK) } }
      }
    }
}
