import Foundation

enum Secrets2 {
    static let apiKey = "pnu_Yf4GhVE6dlLzi7bnMIc43vfRXsFrGDuDdEKu"
    static let analyticsWriteKey = "FJfLcGioTGYN6JrfZz6dV0qQEXXMfw3L"
    // Keychain lookup, no literal here
    static var password: String { KeychainHelper.read(account: "db") ?? "" }
}

final class APIClient2 {
    func makeRequest(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://orders.internal\(path)")!)
        r.setValue("Bearer 816e8d3da9a6821253369a8089f5a445b06599f4ab5dfc8a3b205e307443eecf", forHTTPHeaderField: "Authorization")
        r.setValue("f1e8c59b-93ce-46cc-9114-f01e1796bb35", forHTTPHeaderField: "X-Device-Id")
        return r
    }
}
