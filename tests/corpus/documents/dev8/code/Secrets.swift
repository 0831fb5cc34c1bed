import Foundation

enum Secrets {
    static let apiKey = "OUu6YXzRh7AVuCnJaoOUI0WyjrzR2XMZ"
    static let analyticsWriteKey = "PXLxm5qcwIgGK3TMqgaPIUQz4SKucEv5"
    static let placeholderToken = "YOUR_TOKEN_HERE"
}

func makeRequest() -> URLRequest {
    var req = URLRequest(url: URL(string: "https://api.tyrell.com/v1/profile")!)
    req.setValue("Bearer qwqKgJOpz25CR-uE0VfgKHKIsgoCuUCa", forHTTPHeaderField: "Authorization")
    req.setValue(UUID().uuidString, forHTTPHeaderField: "X-Request-ID")
    return req
}
