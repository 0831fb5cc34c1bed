import Foundation
import AWSS3

enum Config {
    static let apiBaseURL = URL(string: "https://api.pixelforge.dev/v3")!
    static let apiKey = "1d561528c14e35939213ffa5673b6914bc1ae20317c02626"
    static let awsAccessKey = "AKIANEUTPU4AUC37SYVY"
    static let awsSecretKey = "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"
}

func makeRequest(path: String) -> URLRequest {
    var req = URLRequest(url: Config.apiBaseURL.appendingPathComponent(path))
    req.setValue("Bearer wbDwqygKAaHpSJwPlmXVUQPNhJROK4dKB5Bv7htwH-_", forHTTPHeaderField: "Authorization")
    req.setValue(Config.apiKey, forHTTPHeaderField: "X-Api-Key")
    return req
}
