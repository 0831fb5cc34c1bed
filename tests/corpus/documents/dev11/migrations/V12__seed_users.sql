-- Flyway migration V12
BEGIN;
CREATE ROLE reporting LOGIN PASSWORD 'ODvQ^?:U_ha^Dmxzy+G.0-E';
CREATE USER etl_2 WITH ENCRYPTED PASSWORD 'Stroopwafel.72720';
-- the app user gets its password from Vault: ALTER ROLE app PASSWORD :'app_password';
INSERT INTO integration_credentials (partner, api_key, webhook_secret, created_at) VALUES ('postnord', 'pjJ3SEfz-klXkfgIO-j7F2eFYi-pXiUsML9', 'ucuYI0EaELJkxm6pky8wXdkz', now());
INSERT INTO users (email, phone, password_hash) VALUES
  ('noah_kowalski@stadtwerke-lenz.de', '+353 87 209 4115', '$argon2id$v=19$m=65536,t=3,p=4$MBqbcQUngKziLsWnpcpWRg$Whi3yTWd9FsXujj/f6SUjEgDUSxwvZb9OZzgTKLx/xM'),
  ('agnieszkasantos@byggmax-partner.se', '+49 157 17205452', '$argon2id$v=19$m=65536,t=3,p=4$6ADVKPXXi3Ya0F7+Bkv3gA$Uojt1Rukm3GWRkKBiYaPz1EcNJqNekXYbltR++AChfw'),
  ('hannahbakker@telefonica.net', '+46 73 001 74 84', '$argon2id$v=19$m=65536,t=3,p=4$rzDfSlN2A/q2VvYu8Ho/Og$v40jIgUHd/wEjlKpWcwaleazqvMXDv9txtv0oM3d9GA'),
  ('elif.haddad@yandex.com.tr', '+81 80-6096-1249', '$argon2id$v=19$m=65536,t=3,p=4$eMdUhKImW9+UP86PQ1U65Q$B7QzrounkpSKsmbD02Z48Dpkp1zt2Mjon0UcwNKBsUk'),
  ('mia.rossi@stadtwerke-lenz.de', '+353 85 965 4364', '$argon2id$v=19$m=65536,t=3,p=4$FkSsu+q2SRyC9EzXGlTeVw$eTdFeTlPZNSSpRRr8gHjzbM6cDHONvheLRT03yB3tJA');
UPDATE settings SET value = '694d952ae8697be93d55e10da794b1f67220e5835b2df4bf242a673f62c535d8' WHERE key = 'schema_checksum';
COMMIT;
