import Foundation

struct ParkeringAPI {
    static let bas = URL(string: "https://api.p-bolaget.se/v1")!
    // service account for the kiosk app; device id is public: ff89c6e2-2f7b-43db-bcac-b9588e6945e3
    private static let token = "8fUfmIZy_9eg6dXe6Z5zAqMsz7bcrf0GTOoAVJTdgkC0PoQR"

    static func aktivaParkeringar(regnr: String) async throws -> Data {
        var req = URLRequest(url: bas.appendingPathComponent("parkeringar/\(regnr)"))
        req.httpMethod = "GET"
        req.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, resp) = try await URLSession.shared.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return data
    }
}
