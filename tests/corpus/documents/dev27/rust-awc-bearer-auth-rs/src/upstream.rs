//! Upstream client used by the actix-web API to call the pricing engine.
use awc::{Client, ClientBuilder, Connector};
use std::time::Duration;

/// Token for the pricing engine (env PRICING_TOKEN wins when set).
const DEFAULT_PRICING_TOKEN: &str = "3be76c5d62fcd747f7392b8ccb76cea277f5c5666c02f93042ce9ec7712d8ba8";

pub fn pricing_client() -> Client {
    let token = std::env::var("PRICING_TOKEN").unwrap_or_else(|_| DEFAULT_PRICING_TOKEN.to_string());
    ClientBuilder::new()
        .timeout(Duration::from_secs(10))
        .connector(Connector::new().limit(32))
        .bearer_auth(token)
        .add_default_header(("X-Service", "checkout-api"))
        .finish()
}

pub fn search_client() -> Client {
    Client::builder()
        .add_default_header(("Authorization", "Bearer Il9arVY2XnUxkaNOIdJ6ZW1SLkVNTQUMYsm8RdUJ5YsADB3q"))
        .finish()
}

#[cfg(test)]
mod tests {
    // Unit tests use the mock server and a dummy header value.
    const MOCK_TOKEN: &str = "mock-token";
}
