-- Flyway migration V11
BEGIN;
CREATE ROLE reporting LOGIN PASSWORD 'K!f^2b4@~eN~IcN_ub+r~w3-+d';
CREATE USER etl_1 WITH ENCRYPTED PASSWORD 'Mariposa.44044';
-- the app user gets its password from Vault: ALTER ROLE app PASSWORD :'app_password';
INSERT INTO integration_credentials (partner, api_key, webhook_secret, created_at) VALUES ('postnord', 'cf63b6f1627b461ec64168c09ab56b23059e6e32', 's2xqtQinnT9Nh7gG_1pyIe5LbOX04ik2JcTIxv2QDPE', now());
INSERT INTO users (email, phone, password_hash) VALUES
  ('ahmed.eriksson@logistica-iberia.es', '+31 6 67774484', '$argon2id$v=19$m=65536,t=3,p=4$nILEF6i2F3m2lRAGUMVmnw$VG93xZj9ZFwT5gyPbqDM7RzTMLVrNIrmbvpKzYeThPw'),
  ('ella.olsson87@anadolu-lojistik.com.tr', '0423 667 137', '$argon2id$v=19$m=65536,t=3,p=4$Zg5HQMGu4sjBuWpbQf3eaQ$KdLBxl9jPly4sI3OjvBYJpIYGCHwyFE32c+ePrZMOhI'),
  ('johan.wisniewska@gmail.com', '+34 719 440 645', '$argon2id$v=19$m=65536,t=3,p=4$qQhn4qqGt+g0HcSgXq26bA$2r9t4UIgbH/d5P1kZIuTB3Fxe7v6SdBslTGNSwvdqy0'),
  ('maria.nilsson@proton.me', '212.372.6318', '$argon2id$v=19$m=65536,t=3,p=4$bCsSLMHXElHLBbdyBAvXHg$JhaF7BjORuyCwLKHTf0Rb1Swt6N9na8tzsalvTKzoo4');
UPDATE settings SET value = '8112286f7f753ecf6a0fd39ca082a09d3e63c07cdfa819ce857fb4750aa538e5' WHERE key = 'schema_checksum';
COMMIT;
