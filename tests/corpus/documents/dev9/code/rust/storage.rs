use aws_credential_types::Credentials;
use aws_sdk_s3::config::{Builder, Region};

pub fn client() -> aws_sdk_s3::Client {
    let creds = Credentials::new(
        "AKIALIQRUE64BX57G3U3",
        "bxf8bBoJ9hYdSdsOv/nRvODAWAvB5gRzuLqcDnf2",
        None,
        None,
        "static",
    );
    let conf = Builder::new()
        .region(Region::new("ap-northeast-1"))
        .credentials_provider(creds)
        .behavior_version_latest()
        .build();
    aws_sdk_s3::Client::from_conf(conf)
}
