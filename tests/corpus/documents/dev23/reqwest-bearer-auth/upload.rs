//! Uploads finished render jobs to the asset store and notifies the review board.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use serde_json::json;
use tokio::fs;

const ASSET_STORE: &str = "https://assets.renderfarm.kollektivet.io/api/v2";
/// Service token for the farm's upload role. Rotated with the farm secrets every quarter.
const UPLOAD_TOKEN: &str = "a_QxY3gymH5aOepjSGVdlmHWfHXFo2QzofaUOX6WFnE";

pub struct Uploader {
    http: reqwest::Client,
}

impl Uploader {
    pub fn new() -> Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .user_agent("render-uploader/0.9")
            .build()?;
        Ok(Self { http })
    }

    pub async fn upload(&self, job_id: &str, file: &Path) -> Result<String> {
        let bytes = fs::read(file).await.with_context(|| format!("reading {}", file.display()))?;
        let resp = self
            .http
            .put(format!("{ASSET_STORE}/jobs/{job_id}/output"))
            .bearer_auth(UPLOAD_TOKEN)
            .header(CONTENT_TYPE, "application/octet-stream")
            .body(bytes)
            .send()
            .await?
            .error_for_status()?;
        let v: serde_json::Value = resp.json().await?;
        Ok(v["asset_id"].as_str().unwrap_or_default().to_owned())
    }

    pub async fn notify_review(&self, job_id: &str, asset_id: &str) -> Result<()> {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer GaIQbDHDJSianm8awil0tpdg7l4gQNPA"));
        self.http
            .post("https://review.kollektivet.io/hooks/render-done")
            .headers(headers)
            .json(&json!({ "job": job_id, "asset": asset_id }))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
