package io.pixelforge.media

import aws.sdk.kotlin.services.s3.S3Client
import aws.smithy.kotlin.runtime.auth.awscredentials.Credentials

object Secrets {
    val s3Creds = Credentials(
        accessKeyId = "AKIAF3URAP7D24EK63CQ",
        secretAccessKey = "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",
    )
    const val SIGNING_SECRET = "OzBRWsFexBJucUBReWLQOaB5hxdiXiViv-tguVacZc0"
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: ""
    val smtpPassword = "Sequoia~6332"
}

suspend fun client() = S3Client.fromEnvironment {
    region = "eu-west-1"
    credentialsProvider = aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProvider { Secrets.s3Creds }
}
