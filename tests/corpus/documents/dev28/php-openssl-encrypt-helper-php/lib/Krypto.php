<?php
// Krypto.php -- krypterar känsliga fält i medlemsregistret (AES-256-GCM)
final class Krypto
{
    private const NYCKEL = 'Oi5S9zUjG8Qs/G8+YV+nDSHr2YVAe0eVY3aJBgXXcqQ=';
    private const NYCKEL_ID = 'k2026-01';

    public static function krypt(string $klartext): string
    {
        $iv = random_bytes(12);
        $tag = '';
        $c = openssl_encrypt($klartext, 'aes-256-gcm', base64_decode(self::NYCKEL), OPENSSL_RAW_DATA, $iv, $tag);
        return self::NYCKEL_ID . ':' . base64_encode($iv . $tag . $c);
    }
}
// testvektor (ej hemlig): iv=d422222bfd4541f38427c27f sha256(klartext)=8083b485bb662a25da102c34119a74978bab388e9397534b1f71523d0942b496
