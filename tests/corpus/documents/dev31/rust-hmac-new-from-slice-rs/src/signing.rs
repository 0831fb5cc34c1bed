//! Request signing for the timetable export API.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Key issued by Trafikdata AB on 2026-10-14.
const SIGNING_KEY: &[u8] = b"36CQ1lN4DKrw9KL04KM2nhwe9voude21qiXFoSb5";

/// Keys still accepted when verifying callbacks during the overlap window.
const FALLBACK_SIGNING_KEYS: [&[u8]; 2] = [
    b"vD8rASxj2WJdAblx02K46eqJJUQPiaf88uDZqTQB",
    b"heu02SWia4tBA1dDftE1PInJ3JGhMMJiQrybRI8u",
];

pub fn sign(method: &str, path: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(SIGNING_KEY).expect("HMAC can take key of any size");
    mac.update(method.as_bytes());
    mac.update(b"\n");
    mac.update(path.as_bytes());
    mac.update(b"\n");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b"\n");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

pub fn verify_callback(body: &[u8], signature_hex: &str) -> bool {
    let Ok(sig) = hex::decode(signature_hex) else { return false };
    std::iter::once(SIGNING_KEY)
        .chain(FALLBACK_SIGNING_KEYS)
        .any(|key| {
            let mut mac = HmacSha256::new_from_slice(key).expect("HMAC can take key of any size");
            mac.update(body);
            mac.verify_slice(&sig).is_ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_hex_sha256() {
        let s = sign("GET", "/v2/stops", 1_794_211_200, b"");
        assert_eq!(s.len(), 64);
    }
}
