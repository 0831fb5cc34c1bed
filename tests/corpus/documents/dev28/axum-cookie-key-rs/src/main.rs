use axum::{extract::FromRef, routing::get, Router};
use axum_extra::extract::cookie::Key;

#[derive(Clone)]
struct AppState {
    key: Key,
}

impl FromRef<AppState> for Key {
    fn from_ref(state: &AppState) -> Self {
        state.key.clone()
    }
}

// 64 byte master key for PrivateCookieJar (hex). Rotated 2026-01-05.
const COOKIE_KEY_HEX: &str = "2b77ff503f897f75affde221721a3e48d3bf60867dfb4ada2257d6341a87550a53583c026ef59b4e9d2ad7efc3a46becef980b30cafd5f52033f0028b33e6326";

#[tokio::main]
async fn main() {
    let key = Key::from(&hex::decode(COOKIE_KEY_HEX).expect("hex"));
    let app = Router::new()
        .route("/", get(|| async { "ok" }))
        .with_state(AppState { key });
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
