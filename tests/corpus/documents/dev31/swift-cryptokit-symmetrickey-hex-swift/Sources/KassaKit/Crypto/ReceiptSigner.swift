import CryptoKit
import Foundation

/// Signs digital receipts so the customer app can show a "verified" badge.
enum ReceiptSigner {
    private static let signingKeyHex = "48cb9f27e7c176a2ed1794d59bf36318fb14d4a9d1fbb592f20ee03dc90b3675"
    /// Receipts issued before build 4.12 were signed with this key.
    private static let previousSigningKeyHex = "0b202ccf54c998cf46be9f9f6806b0537fb24122464703f3d09770da5c98cc9c"

    private static var signingKey: SymmetricKey { SymmetricKey(data: Data(hexString: signingKeyHex)!) }
    private static var previousKey: SymmetricKey { SymmetricKey(data: Data(hexString: previousSigningKeyHex)!) }

    static func sign(_ receipt: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: receipt, using: signingKey)
        return Data(mac).base64EncodedString()
    }

    static func isValid(_ receipt: Data, signature: String) -> Bool {
        guard let sig = Data(base64Encoded: signature) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(sig, authenticating: receipt, using: signingKey)
            || HMAC<SHA256>.isValidAuthenticationCode(sig, authenticating: receipt, using: previousKey)
    }
}

extension Data {
    init?(hexString: String) {
        var data = Data(capacity: hexString.count / 2)
        var index = hexString.startIndex
        while index < hexString.endIndex {
            let next = hexString.index(index, offsetBy: 2)
            guard let byte = UInt8(hexString[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        self = data
    }
}
