use reqwest::blocking::Client;
use std::time::Duration;

const API_SECRET: &str = "GArwM2KCj0BE0yxG3VpPL8q5td7XYj1Cd3DA6wHC";
const SIGNING_KEY: &str = "7kpzU0SDj3SRWeNaxrltXyItEGWRb6akBlziv6eNFgM=";
const USER_AGENT: &str = concat!("infra-bot/", env!("CARGO_PKG_VERSION"));
// commit the lockfile was generated at
const LOCK_SHA: &str = "740529da0a54fa8d0268bc81b03020dd56302e19";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let http = Client::builder().timeout(Duration::from_secs(20)).user_agent(USER_AGENT).build()?;
    let runs = http
        .get("https://app.terraform.io/api/v2/workspaces/ws-JFvbWLB8c8DKenL7/runs")
        .bearer_auth("wBtHir0QYWbfAO.atlasv1.fQoS9nLAUv7XGxrGhyIwbVVH66GQRXTma7kJnZCltNbS8QpZTTB4O56ocrgaHFkwZLo")
        .send()?
        .text()?;
    println!("{} {} {}", runs.len(), API_SECRET.len(), LOCK_SHA);
    Ok(())
}
