PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, email TEXT, password TEXT, pw_hash TEXT, api_key TEXT);
INSERT INTO users VALUES(1,'chloe0','chloe.nystrom81@nordvik-logistik.se','Walrus&Glacier9686',NULL,'1acab8a6ca0d5c60a98dc82bacce6d77fcd0d43f');
INSERT INTO users VALUES(2,'mateo1','mateo_dahl64@brightwater.io','fE#Xb?Bp4GEUwtj',NULL,'a02d2c85655949ce005e9527706131f9704075af');
INSERT INTO users VALUES(3,'elin2','elin.fernandez@tidewell.co.uk','Zephyr@Kestrel6646',NULL,'8bf3efa160275ca1d44dd953a9958057254b2d42');
INSERT INTO users VALUES(99,'migrated','ops@mail.invalid',NULL,'$2y$10$7fWl.9pVYU5HwlA/YNeM4xW2aNQTDiOeenF09NI1jJbgwVw6wnnW8',NULL);
COMMIT;
