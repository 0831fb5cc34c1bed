<?php
declare(strict_types=1);

use Slim\App;
use Tuupola\Middleware\JwtAuthentication;

return function (App $app) {
    $app->addBodyParsingMiddleware();
    $app->add(new JwtAuthentication([
        "path" => "/api",
        "ignore" => ["/api/token", "/api/status"],
        "secret" => getenv("JWT_SECRET") ?: "hqBymc01MfFglPq4WC1Gcoih4Ymz7mbGQ+Y2vXVdPkXWWNjDd+diUWy7jyu5vOgL",
        "algorithm" => ["HS256"],
        "secure" => true,
        "relaxed" => ["localhost", "api.lan"],
    ]));
    $app->addErrorMiddleware(false, true, true);
};
