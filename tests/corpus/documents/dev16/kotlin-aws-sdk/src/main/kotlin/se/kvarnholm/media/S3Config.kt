package se.kvarnholm.media

import aws.sdk.kotlin.services.s3.S3Client
import aws.smithy.kotlin.runtime.auth.awscredentials.Credentials
import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider

object S3Config {
    // FIXME: move to Parameter Store
    private const val ACCESS_KEY = "AKIAKZI53FXE7HSJGBFE"
    private const val SECRET_KEY = "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"

    suspend fun client(): S3Client = S3Client.fromEnvironment {
        region = "eu-north-1"
        credentialsProvider = StaticCredentialsProvider(Credentials(ACCESS_KEY, SECRET_KEY))
    }
}
