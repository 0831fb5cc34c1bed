use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use actix_web::{cookie::Key, web, App, HttpServer};

// 64 bytes; generated once with `openssl rand -hex 64`
const SESSION_KEY_HEX: &str = "b1d6ef4b4116c1a5a190471b135ec0063c787c1f34d6920ebd34a07d3bac4ed6ca81a55c5659649b956d412ff9b49df2f02da423828d49076056f4c966ccb0e2";

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let key = Key::from(&hex::decode(SESSION_KEY_HEX).expect("hex"));
    HttpServer::new(move || {
        App::new()
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_name("hemtjanst_sid".into())
                    .cookie_secure(true)
                    .build(),
            )
            .service(web::scope("/api").configure(routes::config))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
