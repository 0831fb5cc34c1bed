use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub const API_KEY: &str = "whsec_QGeDJFR5v04UpDXVmyMLjE7w3rVui3vS";
const DATABASE_URL: &str = "mysql://app:Borboleta.58725@172.25.5.117:3306/app";

pub fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer nfM8Oa9E5lWri6YGJ93SHe7DQf7O7CFAsCrQqD95"));
    h
}

pub fn s3_config() -> aws_sdk_s3::Config {
    let creds = aws_sdk_s3::config::Credentials::new(
        "AKIAKNVFIE62XXKID2SS",
        "eQRQCgRuwXoIABLuKpTg2Rg0X3JRLTxP3zNSjxCj",
        None,
        None,
        "hardcoded",
    );
    aws_sdk_s3::Config::builder().credentials_provider(creds).build()
}

#[cfg(test)]
mod tests {
    #[test]
    fn password_from_env() {
        let password = std::env::var("APP_PASSWORD").unwrap_or_default();
        assert!(password.is_empty() || password.len() > 8);
        let digest = "1a5353619978df3c14213540ed90eef80ff38631c95366ebce2d3f43880b049e";
        assert_eq!(digest.len(), 64);
    }
}
