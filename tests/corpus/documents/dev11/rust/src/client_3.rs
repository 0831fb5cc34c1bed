use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub const API_KEY: &str = "XVdo1wpl7v9L5lT6+TIfRwAtbDakGUBt6Df9f29Msbg=";
const DATABASE_URL: &str = "mysql://app:harbor-juniper-violet46@192.168.136.28:3306/app";

pub fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer JTlh50vwX4m6MYOLuZEC7w6q0iUsIbXoduHyhIaYMoTImmodI8c6XlXqRRgG7Xhs"));
    h
}

pub fn s3_config() -> aws_sdk_s3::Config {
    let creds = aws_sdk_s3::config::Credentials::new(
        "AKIAFX4VN35WBDYIUBQ7",
        "Yu/cKZnMiRaaUiTQFtjFtpf9kB0/K91/UUuPYDEC",
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
        let digest = "6e89b1fab14493ec87ab57e9b3ce1a5f29fda5af104689f193a1a15622f4ea41";
        assert_eq!(digest.len(), 64);
    }
}
