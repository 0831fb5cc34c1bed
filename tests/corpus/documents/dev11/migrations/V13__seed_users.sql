-- Flyway migration V13
BEGIN;
CREATE ROLE reporting LOGIN PASSWORD 'Prly2!=2@?vqT86!Jq+';
CREATE USER etl_3 WITH ENCRYPTED PASSWORD 'Croissant162*';
-- the app user gets its password from Vault: ALTER ROLE app PASSWORD :'app_password';
INSERT INTO integration_credentials (partner, api_key, webhook_secret, created_at) VALUES ('postnord', '8adb572b86b137f5dd55937c64dcc81ee430265d8208b5b135cd30f7d6f97828', 'kTZ5WV6OZKcBa9zuBBbdCfi7u4H5fYfLP6Hlt2Tk', now());
INSERT INTO users (email, phone, password_hash) VALUES
  ('carmen_ek@brightwave.io', '0160 97677337', '$argon2id$v=19$m=65536,t=3,p=4$eIaU6qW6aAop2zlO0IHSpA$f/hU28d7GzEeRFgn1wQ92BMTyAMB9zFu69c11tDWRnE'),
  ('lucia.kaya@onet.pl', '+358 45 610 7377', '$argon2id$v=19$m=65536,t=3,p=4$TQiZl3EkTvNCqXm4W/hc9w$cUe8BdMLYyTg0zzRFV6ZABw3JV6sjVYO8p7/wXl1re0'),
  ('maria.fernandez98@orange.fr', '923 73 273', '$argon2id$v=19$m=65536,t=3,p=4$LlWIu00V9g9DTn2NITuEeA$BGjoObfCCM/BlB4JdCsl+cvPuSini02tDV+RJ5Af61Q'),
  ('noah_garcia@fakturera.io', '+90 536 299 26 30', '$argon2id$v=19$m=65536,t=3,p=4$04tWyth+sdg3M0Vn0Lopuw$yObq9e/I0gHuS053HA1oTWqwTyUoTFNapXAE9KVguRs');
UPDATE settings SET value = '4ac74877bf4d10ddf83ad15a31f65250d1397aab563ae4207aa9aea66a9b50c1' WHERE key = 'schema_checksum';
COMMIT;
