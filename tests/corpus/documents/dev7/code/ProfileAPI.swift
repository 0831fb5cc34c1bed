import Foundation

enum Config {
    static let mapsKey = "AIzazt9LVwQs7X67qdXyaMzK3nf6vY6qNu82vuS"
    static let backend = URL(string: "https://api.corp.example")!
    static let installId = "2A272552-FE2F-4457-A5FE-95A43D7C128F"
    static let appSecret = "41eKCDULSEIDwa6cY3kibt0xEV6nZT3UmnwYP0J6"
}

final class ProfileAPI {
    func load(completion: @escaping (Data?) -> Void) {
        var req = URLRequest(url: Config.backend.appendingPathComponent("v1/me"))
        req.setValue("Bearer qKBXt-4qF9VwX2sfM9jYlYQi3kjToacMADAlu9atiRo", forHTTPHeaderField: "Authorization")
        req.setValue(Config.installId, forHTTPHeaderField: "X-Install-Id")
        URLSession.shared.dataTask(with: req) { data, _, _ in completion(data) }.resume()
    }
}
