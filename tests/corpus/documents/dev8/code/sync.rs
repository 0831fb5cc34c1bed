use reqwest::Client;

const API_BASE: &str = "https://api.globex.com";
const SERVICE_KEY: &str = "f0dfzItMMDML2zOVspREYdxY_BSY0_te8arF9dkRpco";
const BUILD_HASH: &str = "14e9d9aa4fb805627b7f6387f430a19e710caa84";

pub async fn sync(client: &Client) -> reqwest::Result<()> {
    client
        .get(format!("{API_BASE}/v1/sync"))
        .bearer_auth("qiI4BSCBLPWYJhC4j2pG1XW7fNYU6YHjV3ghVPlDCU4t-6f_mNU2mJEWcO2EnWUgFZomfg8HwvqN2Ta2I_2sfO")
        .header("X-Service-Key", SERVICE_KEY)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
