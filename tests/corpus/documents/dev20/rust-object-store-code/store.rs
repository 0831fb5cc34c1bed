use object_store::aws::AmazonS3Builder;

pub fn lake() -> object_store::Result<impl object_store::ObjectStore> {
    AmazonS3Builder::new()
        .with_region("eu-north-1")
        .with_bucket_name("lake-raw")
        .with_access_key_id("AKIAHNTQS7DW6BDIF4EM")
        .with_secret_access_key("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")
        .build()
}

#[cfg(test)]
mod tests {
    // localstack defaults
    const KEY: &str = "test";
    const SECRET: &str = "test";
}
