<?php

declare(strict_types=1);

namespace Bokning\Webhook;

final class Signer
{
    /** @var array<string, string> partner id => signing secret */
    private const SECRETS = [
        'hotellkedjan' => 'd64b5d92d693baba60f46f5e67e3b96016eb5a3959674300ee3bad3093df24a8',
        'resebyran-nord' => 'hi9EkTjaokM1ryS4WBdRHba6QGcNnGLytKPVKfx4',
        'konferens-syd' => 'MK9CI+3eNbAVTg0Fcu1kvKXv/huqf6M0wgydgtkCjTQ=',
    ];

    public static function sign(string $partner, string $body, int $ts): string
    {
        $mac = hash_hmac('sha256', $ts . '.' . $body, self::SECRETS[$partner]);
        return "t={$ts},v1={$mac}";
    }
}
