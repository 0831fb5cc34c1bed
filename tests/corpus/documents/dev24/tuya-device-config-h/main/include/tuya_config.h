#ifndef TUYA_CONFIG_H_
#define TUYA_CONFIG_H_

/* Product: smart plug SP-2 (PID is public, printed on the box QR) */
#define TUYA_PRODUCT_KEY      "kqwzh9tnymb3v2rd"
#define TUYA_DEVICE_UUID      "tuya6a4608fd331d1777"
#define TUYA_DEVICE_AUTHKEY   "u4m2Jdw9zBCS3vQZa6TNU78Uh8rQU1ysu7b8g3aEaXQDrtC8"
#define TUYA_DEVICE_PSK       "5f17b827450e225c5976d5ecb5826fd69365af0d2e5a2fe27389cef9f849d667"

/* firmware signing public key fingerprint */
#define FW_PUBKEY_FPR         "bb948020c3016714fa3ee69ce92110b223dc97c9"

#endif
