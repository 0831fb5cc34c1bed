package com.trellbrook.reports

import software.amazon.awssdk.auth.credentials.{AwsBasicCredentials, StaticCredentialsProvider}
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import sttp.client3._

object S3Uploader {
  // FIXME: hard-coded for the demo on 2026-11-14, remove afterwards
  private val creds = AwsBasicCredentials.create("AKIAFCD62A5J4MMYMYFV", "MdGImT8jLFR36hT0HENaoGrvmbl4KoR0qK9vNY2R")

  val s3: S3Client = S3Client.builder()
    .region(Region.EU_NORTH_1)
    .credentialsProvider(StaticCredentialsProvider.create(creds))
    .build()

  private val backend = HttpClientSyncBackend()

  def notifyReady(reportId: String): Unit = {
    val r = basicRequest
      .post(uri"https://hooks.trellbrook.com/reports/$reportId/ready")
      .auth.bearer("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlVkTW56WFN3Tm5XeHdhRHNBLTFQZ0gifQ.eyJpc3MiOiJodHRwczovL2lkLnRyZWxsYnJvb2suY29tIiwic3ViIjoiNWI5Mjc3MGItOWI0ZS00MWRiLWJhN2MtOTMyMTVkN2U1YzA1IiwiYXVkIjoicmVwb3J0cyIsImlhdCI6MTc5NDIyNTc2MCwiZXhwIjoxNzk0MjI2MDYwLCJqdGkiOiIwYWE0MWY1Yi00ZDYzLTRmZTAtOWY5ZC1iMTljMGJhMzAzZTEifQ.gjJTIyELMAEZRSMg-CwIiu7ovlWXzJtbOpGSOKy_c27GsR0sb3mYG_UMQM3Hu2fEBM-bgWDRYm2O5R6HqX8j56S5Q7R2_6JV9KBgysvUq48yo9juL2BQdZfuNjEsp9toebx9ZTtVYLZs9EKm-nM5ZSDev6ZbakGNJx9vaNN1EkoM4BFhut-4sfL6HIr6kZgNKfitlT_GHPDbe-Jza30N5gmBabeWH2VPvLBb_fPMx9bI7fFF4CfCkl2egs7d7Ospqw0x2N0p_WN2TP2ZNF9PRZWq_wnWRnK-PfnKl15kNwwAB96lW_Xcxm8dMrCQUepRqNgGuO5VzKDkf2w7u1sdM2")
      .send(backend)
    require(r.code.isSuccess, s"notify failed: ${r.code}")
  }

  // Expected ETag for the fixture file: "e90838f8ea821a8c33473fd732bb9757"
}
