use serde::Deserialize;

const INVENTORY_URL: &str = "https://inventory.fjordnet.no/api/v2/devices";

#[derive(Deserialize)]
struct Device {
    id: String,
    hostname: String,
    site: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let resp = attohttpc::get(INVENTORY_URL)
        .bearer_auth("2r2CrzgWCTeGMjoNFlSL8es5xgyC7tKN2cYqkE6E")
        .param("site", "bergen-dc1")
        .send()?;
    let devices: Vec<Device> = resp.json()?;
    for dev in &devices {
        println!("{} {} {}", dev.id, dev.hostname, dev.site);
    }
    attohttpc::post("https://cmdb.fjordnet.no/api/import")
        .bearer_auth("00e5a1b31b91335c7a41c4abee4c4c7e9698741b8c7fbb0530809fd70043537a")
        .json(&devices)?
        .send()?
        .error_for_status()?;
    Ok(())
}
