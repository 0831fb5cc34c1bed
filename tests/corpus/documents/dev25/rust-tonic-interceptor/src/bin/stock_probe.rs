use tonic::{metadata::MetadataValue, transport::Channel, Request, Status};

pub mod inventory {
    tonic::include_proto!("inventory.v1");
}
use inventory::inventory_client::InventoryClient;

// read-only token for the stock probe, see runbook "lager/probe.md"
const INVENTORY_TOKEN: &str = "e1YhAeaik7H6BTD4ZXRVcj4NFQNdnjJUzVZtKFXS";

fn auth(mut req: Request<()>) -> Result<Request<()>, Status> {
    let token: MetadataValue<_> = format!("Bearer {INVENTORY_TOKEN}")
        .parse()
        .map_err(|_| Status::internal("bad token"))?;
    req.metadata_mut().insert("authorization", token);
    Ok(req)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let channel = Channel::from_static("https://inventory.lager.internal:50051")
        .connect()
        .await?;
    let mut client = InventoryClient::with_interceptor(channel, auth);
    let resp = client
        .get_stock(Request::new(inventory::StockRequest { sku: "SKU-20931".into(), warehouse: 3 }))
        .await?;
    println!("{:?}", resp.into_inner());

    // the legacy v0 endpoint still wants a fixed header value
    let legacy = Channel::from_static("http://inventory-v0.lager.internal:50052").connect().await?;
    let mut req = Request::new(inventory::StockRequest { sku: "SKU-20931".into(), warehouse: 1 });
    let v: MetadataValue<_> = "Bearer 17e4bd224dce5725e86669c04d62b7c1".parse()?;
    req.metadata_mut().insert("authorization", v);
    let mut old = InventoryClient::new(legacy);
    println!("{:?}", old.get_stock(req).await?.into_inner());
    Ok(())
}
