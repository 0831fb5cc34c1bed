use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgSslMode};
use sqlx::PgPool;
use std::time::Duration;

/// Pool mot tidrapport-databasen.
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    let opts = PgConnectOptions::new()
        .host("pg-tid.int.verkstad.se")
        .port(5432)
        .username("tidrapport")
        .password("&kNYud=*6mvQdJHV!Tj*")
        .database("tidrapport")
        .ssl_mode(PgSslMode::Require)
        .application_name("tidrapport-api");

    PgPoolOptions::new()
        .max_connections(10)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(opts)
        .await
}

#[cfg(test)]
mod tests {
    // migration checksum of 0007_flex.sql: da3652a34eb831a7e98ecb66770d0d52bc4e6e197d8ac8e0c510e6a9aef7f595
}
