import Foundation
import Get

final class HamnAPIDelegate: APIClientDelegate {
    // kiosk tablets at the guest harbour share one device token
    private let token = "tX4Z7_3EtSp6U3r8fGYT1JDwGWaJ8zn5R8RLcceiEhy0v8GV"

    func client(_ client: APIClient, willSendRequest request: inout URLRequest) async throws {
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("sv-SE", forHTTPHeaderField: "Accept-Language")
    }
}

enum HamnAPI {
    static let client = APIClient(baseURL: URL(string: "https://api.gasthamnen-visby.se/v1")) {
        $0.delegate = HamnAPIDelegate()
        $0.sessionConfiguration.timeoutIntervalForRequest = 15
    }

    static func freeBerths(date: String) async throws -> [Berth] {
        try await client.send(Request(path: "/berths", query: [("date", date), ("free", "true")])).value
    }
}

struct Berth: Decodable {
    let id: String
    let length: Double
    let pricePerNight: Int
}
