Kemal.config.port = 3000
SESSION_SECRET = "369ef27ecdf97f641ed948b500f91602eb29f9bee5cd512b691fc04ce7d09657"
DB_URL = "postgres://crystal:#{ENV["DB_PASS"]}@db/app"
DB_FALLBACK_PASSWORD = "PqFGh2YY_3rro~^gP"
MAPS_API_SECRET = "OCsua1NAYRgBSOdx1kKuEH8uS71n9RsNcOMjl0qw"
