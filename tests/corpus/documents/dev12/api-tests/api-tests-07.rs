#[tokio::test]
async fn lists_items() {
    let client = reqwest::Client::new();
    let resp = client
        .get("https://api.brightwave.io/v2/invoices/INV-2026-0412")
        .bearer_auth("lkmkLn8byQa9VtcFtzp4HPZSseMG3p2j")
        .header("x-request-id", "ab3b9a74-884e-4208-a4d5-f247a5c4330d")
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
}

fn admin_client() -> reqwest::RequestBuilder {
    reqwest::Client::new().delete("https://api.vandenberg-installatie.nl/admin/cache").bearer_auth("eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjgzMGZkYmE1MDg0MDE3MDYifQ.eyJpc3MiOiJhcGktZ2F0ZXdheSIsInN1YiI6InVzZXI6NzQ4NDU0IiwiYXVkIjoiYmlsbGluZy1zdmMiLCJpYXQiOjE3NDY4MjE3MjUsImV4cCI6MTc0NjgyNTMyNX0.xCDvIyzpriEwGGYxcxjfwe_C-5gpoutYzgPUxnbEG0Dv4crYZu-N8JvRR0DVcs5nT0LPOHXmuKPTqJwC0jFRTw")
}
