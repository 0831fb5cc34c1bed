import Foundation

enum Secrets3 {
    static let apiKey = "c49671e6cfcfd6b1c8dd63c1b47da074"
    static let analyticsWriteKey = "hkIeOavVwjQfjnDBbcjpdtIUS2SeLg0X"
    // Keychain lookup, no literal here
    static var password: String { KeychainHelper.read(account: "db") ?? "" }
}

final class APIClient3 {
    func makeRequest(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://gw.internal\(path)")!)
        r.setValue("Bearer EAA1lXXFDTgefbAt4Jrb591IaAlofUrqG5wXEwviqgoB1iQxoWb5AY17yvUAm3pnRNF91qgdttkH3GsIIn9QKN0NxdRBsR36E2JYDygHRggq5FD2LbHqxWiz1ex7o7KBdH9R3nvMQMhd2Nd14wt4AJGm6ALKtA5Jkqm5ukBG4K3daSD8dgP71ax", forHTTPHeaderField: "Authorization")
        r.setValue("ef28e2ff-09d6-4f59-8aa9-0cc63cb9b8a2", forHTTPHeaderField: "X-Device-Id")
        return r
    }
}
