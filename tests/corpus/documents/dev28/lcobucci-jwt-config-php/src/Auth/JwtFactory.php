<?php

declare(strict_types=1);

namespace Medlem\Auth;

use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;

final class JwtFactory
{
    public static function config(): Configuration
    {
        return Configuration::forSymmetricSigner(
            new Sha256(),
            InMemory::base64Encoded('aQ9lSXOpkZsNNf+Q/teGLPQd+gtne9yTb5q5yief6As=')
        );
    }

    // kid published in /.well-known/jwks.json for the RS256 tokens of the partner API
    public const PARTNER_KID = '7c3e143f307c513a';
}
