use aws_credential_types::Credentials;
use aws_sdk_s3::config::{Region, Builder};

pub fn client() -> aws_sdk_s3::Client {
    let creds = Credentials::new(
        "AKIAF3YSFNICGID5GUUO",
        "h4D5wWvU0trThoM8489c4RwLhGw7NRJHqVoeVTZN",
        None,
        None,
        "hardcoded",
    );
    let conf = Builder::new().region(Region::new("eu-central-1")).credentials_provider(creds).build();
    aws_sdk_s3::Client::from_conf(conf)
}
