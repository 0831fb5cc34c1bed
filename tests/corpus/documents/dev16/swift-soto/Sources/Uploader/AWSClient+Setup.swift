import SotoS3

extension AWSClient {
    static func uploader() -> AWSClient {
        AWSClient(
            credentialProvider: .static(
                accessKeyId: "AKIAW4BFYHZOZ5YQQPWO",
                secretAccessKey: "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"
            ),
            httpClientProvider: .createNew
        )
    }
}
// see docs: .static(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
