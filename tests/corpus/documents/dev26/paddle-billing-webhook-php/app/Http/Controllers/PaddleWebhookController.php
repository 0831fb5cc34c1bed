<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class PaddleWebhookController extends Controller
{
    private string $secret = 'pdl_ntfset_9ixzw1txlrse4wucb0v3qq3t6as1sa0bs2e7n71428dgp4vfr3gnpxetgm';
    private string $clientToken = 'live_04f5e748b1d09f558db9d64bb9b'; // client-side token, public

    public function __invoke(Request $request)
    {
        [$ts, $h1] = $this->parse($request->header('Paddle-Signature'));
        $expected = hash_hmac('sha256', $ts . ':' . $request->getContent(), $this->secret);
        abort_unless(hash_equals($expected, $h1), 401);
        return response()->noContent();
    }
}
