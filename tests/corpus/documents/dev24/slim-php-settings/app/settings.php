<?php
declare(strict_types=1);

use DI\ContainerBuilder;

return function (ContainerBuilder $containerBuilder) {
    $containerBuilder->addDefinitions([
        'settings' => [
            'displayErrorDetails' => false,
            'jwt' => [
                'secret' => 'rGe5OVGSAS8Sp2cvxf5XZEh8EdfZA3277gwO',
                'algorithm' => 'HS256',
            ],
            'mailer' => [
                'dsn' => 'smtp://bokning%40kanotcenter.se:vul20RygLiCrUe6YYL@smtp.kanotcenter.se:587',
            ],
            'recaptcha' => [
                'site_key' => '6Lc9QwEqAAAAAKm3ZpT8vRyL2nXfB4jWdHs7gUeO',
                'secret_key' => '6LS8f5QhYf56eygHLbrSnAPkYyhGyuqBcHPSpb62Pg1ArGcIoxjF1xcUbSXGz6nCzx',
            ],
        ],
    ]);
};
