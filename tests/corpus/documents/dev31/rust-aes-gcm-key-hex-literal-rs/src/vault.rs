use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use hex_literal::hex;

/// AES-256 key for the credentials table (version 2).
const KEY_V2: [u8; 32] = hex!("04b5fb32ea92a707fadffdcfbab2d3d689a4484897250c2c095149d3210fe605");
/// Version 1 key, decrypt only.
const KEY_V1: [u8; 32] = hex!("e9a21445bed4c6541a22ef4e5fc0e491757cd84b29da22eec49897c030ae48cb");

pub struct Vault {
    v2: Aes256Gcm,
    v1: Aes256Gcm,
}

impl Vault {
    pub fn new() -> Self {
        Self {
            v2: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&KEY_V2)),
            v1: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&KEY_V1)),
        }
    }

    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let mut out = vec![2u8];
        out.extend_from_slice(&nonce);
        out.extend(self.v2.encrypt(&nonce, plain).expect("encrypt"));
        out
    }

    pub fn open(&self, blob: &[u8]) -> Option<Vec<u8>> {
        let (ver, rest) = blob.split_first()?;
        let (nonce, ct) = rest.split_at(12);
        let cipher = if *ver == 2 { &self.v2 } else { &self.v1 };
        cipher.decrypt(Nonce::from_slice(nonce), ct).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // fixed nonce so the test vector is stable; never used outside tests
    const TEST_NONCE: [u8; 12] = hex!("2e9c8bad5ecb434f07eb070f");

    #[test]
    fn roundtrip() {
        let v = Vault::new();
        let sealed = v.seal(b"hello");
        assert_eq!(v.open(&sealed).unwrap(), b"hello");
        let ct = v.v2.encrypt(Nonce::from_slice(&TEST_NONCE), b"x".as_ref()).unwrap();
        assert_eq!(ct.len(), 17);
    }
}
