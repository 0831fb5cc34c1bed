import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Relays notification payloads from the Vapor app to the internal push gateway.
struct PushRelayClient {
    static let gatewayURL = "https://push-gw.internal.kvartersappen.se/v2/messages"
    // TODO(ops): move to Environment.get("PUSH_RELAY_TOKEN") once the gateway supports rotation
    static let relayToken = "_DPRAb9bJ4JG_5nEtO_OA_yDMedrfli0nIbiGB0EK9jIFINkm9inzj2x02nadXek"

    let http: HTTPClient

    func send(deviceToken: String, payload: Data) async throws -> HTTPClientResponse {
        var req = HTTPClientRequest(url: Self.gatewayURL)
        req.method = .POST
        req.headers.add(name: "Authorization", value: "Bearer \(Self.relayToken)")
        req.headers.add(name: "Content-Type", value: "application/json")
        req.headers.add(name: "X-Request-ID", value: UUID().uuidString)
        req.headers.add(name: "X-Device", value: deviceToken)
        req.body = .bytes(ByteBuffer(data: payload))
        return try await http.execute(req, timeout: .seconds(10))
    }

    func reportMetrics(_ lines: [String]) async throws {
        var req = HTTPClientRequest(url: "https://metrics.kvartersappen.se/ingest")
        req.method = .POST
        let metricsAuth: HTTPHeaders = ["Authorization": "Bearer vtUVy78dMmcgoNbQxeIuDwxdXQgO6JyROgxvrMj9", "Content-Type": "text/plain"]
        req.headers.add(contentsOf: metricsAuth)
        req.body = .bytes(ByteBuffer(string: lines.joined(separator: "\n")))
        _ = try await http.execute(req, timeout: .seconds(5))
    }
}

// APNs sandbox device token used by PushRelayClientTests:
// 6b7775aa861ff2ac160a05c101d018f6ebd8b4e4ac2d92bdc6b253d6012a2e81
