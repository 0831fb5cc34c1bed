// src/defaults.rs
pub const INTERNAL_API_BASE_URL: &str = "https://api.internal";
pub const INTERNAL_API_KEY_ID: &str = "key_016QN8KMXFX4G84ZQ4D0BFXG9G";
pub const INTERNAL_API_API_KEY: &str = "<set-in-vault>";
pub const ROLLBAR_POST_CLIENT_ITEM: &str = "4ab96e04161ffb3514ea33093bb3bbd6";
pub const ROLLBAR_POST_SERVER_ITEM: &str = "15e1d0ec85db6be7d5291558a6b8c910";
pub const ROLLBAR_ENVIRONMENT: &str = "production";
pub const ALGOLIA_APP_ID: &str = "Q8G31U0CK2";
pub const ALGOLIA_ADMIN_API_KEY: &str = "a6d2142a42c3f2ff4276c8bc2610525c";
pub const ALGOLIA_SEARCH_API_KEY: &str = "b3b0914e0a34bb1a8fe4dfc63591c156";
pub const SESSION_SECRET: &str = "2c23a4d79b443eb8135e7838506c4e83c49c859f07c61831aad0b6b6ea86ae36";
pub const SESSION_COOKIE_NAME: &str = "sid";
pub const PAGERDUTY_ROUTING_KEY: &str = "db933f3fbfd390aac60bfd185b1c4dee";
pub const PAGERDUTY_SERVICE_ID: &str = "QPZYX65";
pub const RELEASE_CHECKSUM_SHA256: &str = "4692ce63a6ac96489503f3bb4a2b7eaa255b36048a8f4ffe4e616ba49fb8e173";
pub const CACHE_NAMESPACE_HASH: &str = "fdb8b052aa6d746b";
pub const DEPLOY_SSH_PUBLIC_KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG5ZcasRDHtEMi6ORFyXo8mIse1wNwTKe0zcwPqmFVvv deploy@ci";
