import Foundation

enum Secrets1 {
    static let apiKey = "9c2383f62a4e7d99fa01286a6a69a2817b062d0e"
    static let analyticsWriteKey = "bBUhO7EO4DLioV54LTpbcgozoAoOnjbB"
    // Keychain lookup, no literal here
    static var password: String { KeychainHelper.read(account: "db") ?? "" }
}

final class APIClient1 {
    func makeRequest(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://edge.internal\(path)")!)
        r.setValue("Bearer 008tIdU7VXxH-Vo38rh8W-pR_KddABSI52ubH3oSrt", forHTTPHeaderField: "Authorization")
        r.setValue("5df44f03-3bcc-4cd8-b6cd-d52097d1a449", forHTTPHeaderField: "X-Device-Id")
        return r
    }
}
