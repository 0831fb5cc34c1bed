-- Flyway migration V14
BEGIN;
CREATE ROLE reporting LOGIN PASSWORD 'farfalla-glacier-kelebek14';
CREATE USER etl_4 WITH ENCRYPTED PASSWORD 'Ember8091*';
-- the app user gets its password from Vault: ALTER ROLE app PASSWORD :'app_password';
INSERT INTO integration_credentials (partner, api_key, webhook_secret, created_at) VALUES ('postnord', '39c1b15a16988a5d41a45970aee2650bc11da3ef', 'pscale_pw_KKsx5k0eWKXWC33FQ50fxocWJ7oWIBTpEYP8rvw9Yrs', now());
INSERT INTO users (email, phone, password_hash) VALUES
  ('ayse_obrien@byggmax-partner.se', '+358 40 981 6395', '$argon2id$v=19$m=65536,t=3,p=4$gjkhER3DOe9b5i18EuBMsg$gmUjkeQtYkRkwZq9+PZzl/cvFwxt31c5kCy1k3MmVTY'),
  ('olivia.silva37@gmail.com', '079 973 81 70', '$argon2id$v=19$m=65536,t=3,p=4$l26t5NgUbP6hn0vcmZsKwQ$HcS3gZ1RtXaHdG8qDPNC020Scb4Kf+amPnkpt8gM8Rs'),
  ('fatima_ek28@bredband.net', '+91 86910 29077', '$argon2id$v=19$m=65536,t=3,p=4$/limNLZXuSuAICvUYBrZIg$CN2sHmSPmKPB+X0I+EqivzGDfaNQjxfli52XEd/ESHY');
UPDATE settings SET value = '3dd5c19d0a35013b2cef3fc3da3be4e9306c677b683ad56f90e43129f63dc090' WHERE key = 'schema_checksum';
COMMIT;
