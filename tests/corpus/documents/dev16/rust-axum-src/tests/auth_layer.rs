use axum::{body::Body, http::{header, Request, StatusCode}};
use tower::ServiceExt;

const SERVICE_TOKEN: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkFrNjMwblVjRmFOR0EwYXNLYkdGd24ifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6IjJkNDE2YzY1LThlN2MtNjZiMi02YzI2LTY4OTAzMzU2MDkwNSIsImF1ZCI6Imh0dHBzOi8vYXBpLmt2YXJuaG9sbS5zZSIsImlhdCI6MTc2NTExNTM2OSwiZXhwIjoxNzY1MTE1NjY5LCJqdGkiOiJ0Y2J2dGVDcnV1blZpa1piIn0.K1z0UrC2B2LCouf31Am1APBSVOTl3fIBct_j_8gkMqLD8isnCUQFI2Dq0opNch58mnlRPm2dw0zU9fLvOsjmFE-ZUKbfrP1r0xUI0y6mQkzbFR8vk1flTjbjcWKGlxvI8-zAzCbvvLzW_SZjsa5_hupgAM5Z3O52-TjmdDfDQ6mO-o3UK8dkb_-q6_gyrno-OdTPtzEXq152k2juvI8hCmfk-EGKDapuKpM_schAqb0iocdZkHqYZP9kwYvFOUGJsn0DICaPF4B9XRO4XM5QrJFhdMPbPk-4jeEP16wcGMGygM0jZHk2dgQiTwBjJDb0604BxlNZ3QxIuDKA0hbZp5";

#[tokio::test]
async fn accepts_service_token() {
    let app = app::router(app::Config::from_env());
    let res = app
        .oneshot(
            Request::builder()
                .uri("/internal/reindex")
                .header(header::AUTHORIZATION, format!("Bearer {SERVICE_TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn rejects_malformed() {
    for bad in ["Bearer", "Bearer ", "bearer", "Basic Zm9vOmJhcg=="] {
        let _ = bad; // each must yield 401
    }
}

// staging user token for manual testing with `xh`:
// xh :8080/api/me 'Authorization:Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ii1jZVBRQWlqZ1ZvNllyeGV0eFN6N3gifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6IjlmMWE2YTYyLWJmMjktNDc5Yy00YWZkLTE4ZjQ0ODI1ZWUzZCIsImF1ZCI6Imh0dHBzOi8vYXBpLmt2YXJuaG9sbS5zZSIsImlhdCI6MTc2NTIxNjg3MSwiZXhwIjoxNzY1MzAzMjcxLCJqdGkiOiJXMGV4RDg3VkE1cWZiMDNhIn0.a2VcyrJAO2c3ibIIfWRvAupCKLh89n4NLOK-Hb1Ssue8gtGNxUfyq5mxjQoCZCJ7t4Ak-pu2tLtg_NmmgWEKmBlxpOkFQS-ph-M2QSESYuHDeDRzRMEi6zwRNeX2OAvnckUt2pCOo_WNVgcrJd-kMApMVmFulmAoGmNj29RWUYE_lKGaYMTdf21LSHYH6ipg4da1NnEL6A1v1XXGPnHOonSzQLf0AzCKc3d6y0aOHp6y8eT_4jsmyp0v3qqdPjG60g-2XaNKgbU0CgDQXcvglgFM8J6I23BQLRRkcpYWqmCSd8dxOqFYVWv7yuQDedx3cW-RIcMfUX5D7sJxTQh0eE'
// old header, revoked 2026-10-02? not sure: Bearer Sd8KjX3ys70fiPko1sT3mQKM1vv_xlI_S-o2tbox4f831M5TLgHu5FodNwDeIEFlZLddIzmA8jucMkU2zLXYfV
