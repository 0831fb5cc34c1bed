use aws_credential_types::Credentials;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const API_SECRET: &str = "AjW4w9GGYQb1A0LP5XvTbm9gGVm34Xh0A1yGO8E2XHocqiyx";
// const API_SECRET: &str = "REPLACE_ME";

pub fn s3_credentials() -> Credentials {
    Credentials::new(
        "AKIAYRXS4HIZCJIXPGWU",
        "5UY/g5c9wt6CPz1Jx8N+oAj6i/zp/HlGLT6OXsAh",
        None,
        None,
        "static",
    )
}

pub fn headers(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", token)).unwrap());
    h.insert("x-service", HeaderValue::from_static("ledger"));
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn smoke() {
        let token = "55c21ff9fc24221af73422ca537838cada6eb562cc64919b";
        let h = super::headers(token);
        assert!(h.contains_key("authorization"));
    }
}
