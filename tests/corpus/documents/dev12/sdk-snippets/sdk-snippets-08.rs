let creds = aws_credential_types::Credentials::new(
    "AKIATSRHZ3GK2AMAZKDN",
    "MeY+VguJJIGsOw7KI2AK0Eh5MKUPUwzOu055je1P",
    None,
    None,
    "static",
);
let conf = aws_sdk_s3::Config::builder().credentials_provider(creds).region(Region::new("eu-north-1")).build();


let creds = aws_credential_types::Credentials::new(
    "AKIAKEKADXVDFCH3NUHW",
    "muCtIPUGIYQ51hXX8CESupsbVGPCFafAuERCNL7z",
    None,
    None,
    "static",
);
let conf = aws_sdk_s3::Config::builder().credentials_provider(creds).region(Region::new("eu-north-1")).build();


let creds = aws_credential_types::Credentials::new(
    "AKIA5BRHVPZENLIMDTWB",
    "cZUID3whxDQdR6q76eBPGSbvorRsnbhB9hRjZtXM",
    None,
    None,
    "static",
);
let conf = aws_sdk_s3::Config::builder().credentials_provider(creds).region(Region::new("eu-north-1")).build();
