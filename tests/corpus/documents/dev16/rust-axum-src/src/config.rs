use std::env;

pub struct Config {
    pub cookie_key: String,
    pub database_url: String,
    pub webhook_secret: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            // dev default; prod must set COOKIE_KEY
            cookie_key: env::var("COOKIE_KEY").unwrap_or_else(|_| "99da6d8f13833777bb2f8004253cec6d3fb9780821cb2695fb150bfaa2c609f6".into()),
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            webhook_secret: env::var("WEBHOOK_SECRET").unwrap_or_else(|_| "whsec_jwENiFvFby9VnFqm2kaImxm6wDOjv1Jk".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    const DB_PASSWORD: &str = "c%1HKyZ2C.ZeD_";
    // let password = read_password().unwrap();  // not a value
}
