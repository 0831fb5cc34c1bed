use isahc::{prelude::*, Request};
use serde::Deserialize;
use std::time::Duration;

const API: &str = "https://lager.verktygsbolaget.se/api/v4";
// read-only token for the stock feed (owner: integration team)
const API_TOKEN: &str = "ysGgf7aika7wv8OXxZ6GNlP30sxrT3XJWsB4ytqk";

#[derive(Deserialize, Debug)]
struct Item {
    sku: String,
    qty: i64,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let req = Request::get(format!("{API}/stock?warehouse=NKPG"))
        .header("Authorization", format!("Bearer {}", API_TOKEN))
        .header("Accept", "application/json")
        .timeout(Duration::from_secs(20))
        .body(())?;
    let mut resp = req.send()?;
    if !resp.status().is_success() {
        eprintln!("status {}: {}", resp.status(), resp.text()?);
        std::process::exit(1);
    }
    let items: Vec<Item> = resp.json()?;
    for i in items.iter().filter(|i| i.qty < 5) {
        println!("{};{}", i.sku, i.qty);
    }
    Ok(())
}
