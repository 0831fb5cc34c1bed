use jsonwebtoken::{decode, encode, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

const JWT_SECRET: &[u8] = b"_c85UE6cdpsJy92PceHjob5irl4DYOUWX4zBeRX_-E3cj58Apfo4KG6o8Is-TH1s";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub roll: String,
    pub exp: usize,
}

pub fn utfarda(sub: &str, roll: &str, exp: usize) -> jsonwebtoken::errors::Result<String> {
    let claims = Claims { sub: sub.to_owned(), roll: roll.to_owned(), exp };
    encode(&Header::default(), &claims, &EncodingKey::from_secret(JWT_SECRET))
}

pub fn verifiera(token: &str) -> jsonwebtoken::errors::Result<Claims> {
    decode::<Claims>(token, &DecodingKey::from_secret(JWT_SECRET), &Validation::default()).map(|d| d.claims)
}
