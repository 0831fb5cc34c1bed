use octocrab::Octocrab;

pub fn client() -> octocrab::Result<Octocrab> {
    // TODO move to config; token belongs to the ci-bot account
    Octocrab::builder()
        .personal_token("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".to_string())
        .build()
}

pub fn bot_client() -> octocrab::Result<Octocrab> {
    // installation token for the docs-sync app, refreshed by cron every 50 min
    Octocrab::builder().personal_token(String::from("ghs_ThkkJmdRdutBAv1HtiNrAvSXF1aq2W24arwb")).build()
}

pub async fn open_issues(gh: &Octocrab, repo: &str) -> octocrab::Result<u64> {
    let page = gh.issues("norrland-it", repo).list().state(octocrab::params::State::Open).per_page(1).send().await?;
    Ok(page.total_count.unwrap_or(0))
}
