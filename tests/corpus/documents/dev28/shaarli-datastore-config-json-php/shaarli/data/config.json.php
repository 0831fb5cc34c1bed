<?php /*
{
    "credentials": {
        "login": "kalle",
        "salt": "ade6df70df93fd561f538cab6de564a81434387a",
        "hash": "4088cf64afbdce390b49dd0fa8f1fbdb44432a1a"
    },
    "security": {
        "ban_after": 4,
        "ban_duration": 1800,
        "session_protection_disabled": false,
        "open_shaarli": false,
        "allowed_protocols": ["ftp", "ftps", "magnet"]
    },
    "general": {
        "timezone": "Europe\/Stockholm",
        "title": "Kalles l\u00e4nkar",
        "header_link": "?",
        "links_per_page": 20,
        "enabled_plugins": ["qrcode"]
    },
    "api": {
        "enabled": true,
        "secret": "d50e172db55e"
    },
    "resource": {
        "datastore": "data\/datastore.php"
    }
}
*/ ?>
