use reqwest::Client;

const TOKEN: &str = "00u4SFeLumnqb_vWU-7ZxCHBpgVZeKCbQnHvpeeVo_";

pub async fn jobs(c: &Client) -> reqwest::Result<String> {
    c.get("https://partner-api.kvarnberg.se/v1/jobs").bearer_auth(TOKEN).send().await?.text().await
}

pub async fn admin(c: &Client) -> reqwest::Result<String> {
    c.get("https://partner-api.kvarnberg.se/admin/v1/jobs")
        .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFlMmFmNGZkLTA0NzgtOTU0Mi00YmYwLTM4ZmUwMmFiZDNjOSJ9.eyJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLnVzLXdlc3QtMi5hbWF6b25hd3MuY29tL2FwLXNvdXRoZWFzdC0yX0V1VDMxNVdsNyIsInN1YiI6ImF1dGgwfDhjZDY4MTljN2NiNmFlM2E4NTk2MjFhZiIsImlhdCI6MTcyOTA4MjA2NywiZXhwIjoxNzI5MDg1NjY3LCJzY29wZSI6IndyaXRlOm9yZGVycyBvcGVuaWQgZW1haWwifQ.s9CKjO8hOcWIg89kb3WiIbwfLr377VKB9dRBTbiOFWgR7P0M7te3B8WoorV_1olYwUyqOvNmFxOm-UPKXm0s2BYRuw6Lzxci3qFh1IpqV5Eqx20RZkfO8R2z3cf5TD2z6qd2igg9KfQaQRupswd1EnX_QK5U08j0vCAHDYnTXT3ayjGD2RAULphQ8GfaF--AFityHMHBtVAzMLh26qEsUPMjb51Uz53DRTTS6t3z6f53hxjjrs1HoXcIomNFYLD8qxEVHhb5CqJcnTMzfMJhrTaJ4tVaaeNY_ONDDSEgV_xcsOpg-utl82oQMMIvBkHIOFX4RZal7I40NzgjqEeL2w")
        .send().await?.text().await
}
