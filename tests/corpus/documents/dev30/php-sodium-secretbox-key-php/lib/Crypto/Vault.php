<?php

final class Vault
{
    // 32 bytes, generated with bin2hex(sodium_crypto_secretbox_keygen())
    private const KEY_HEX = 'a89c9ed1a83b97df622d4ee0ee399e598e42f81205ca055fda567ec62563d7ff';

    public static function encrypt(string $plain): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        $box = sodium_crypto_secretbox($plain, $nonce, sodium_hex2bin(self::KEY_HEX));
        return base64_encode($nonce . $box);
    }

    public static function decrypt(string $encoded): string
    {
        $raw = base64_decode($encoded, true);
        $nonce = substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return sodium_crypto_secretbox_open(substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $nonce, sodium_hex2bin(self::KEY_HEX));
    }
}
