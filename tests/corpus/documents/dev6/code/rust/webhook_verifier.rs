use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const API_KEY: &str = "eda230b8b8033bc8a6efc5b7ab3df2cf99a6cb66";
pub const WEBHOOK_SECRET: &[u8] = b"whsec_0N7gfFGedbpCxVs4dCc5XAolrlZHfDWY";
pub static CLIENT_ID: &str = "b5d125df-75c8-4d71-aee4-de4efb2e76c9";
pub static CLIENT_SECRET: &str = r#"fo1_DBtt17NA4k75wc8vedrvqSJI5e4aivt-1s7vNgA0WLu"#;
// let api_key = "${SECRET_KEY:-}";
pub const GIT_SHA: &str = "a4d297f1fb3e2fb53788bde353084ca9aa99ce35";

pub fn sign(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_SECRET).expect("key");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}
