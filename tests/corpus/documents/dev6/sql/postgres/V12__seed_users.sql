-- Flyway migration: seed users (hashes only; plaintext never stored)
CREATE TABLE IF NOT EXISTS app_user (
  id          bigint PRIMARY KEY,
  login       text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  api_key_id  uuid NOT NULL,
  created_at  timestamptz NOT NULL
);

INSERT INTO app_user (id, login, password_hash, api_key_id, created_at) VALUES
  (1, 'walnut23', 'pbkdf2_sha256$600000$ChazUtKapAFuPqKiVgJZTj$ctDjXQ+ZW9EFFBUslZS5WqbZlYTPajxeqF30hxyGtlk=', '5cb1ad24-d8c2-49a2-802d-f47b40fa0cd6', now()),
  (2, 'hazel7', '$argon2id$v=19$m=65536,t=3,p=4$ms27FIllzDgPcm0Xf/AHwg$61mdaTQIDulfP34Gls4QOJZjJN3uoruyPnnV4OYSC4I', 'e1bbd665-315b-47e6-a35e-d406ebf2a89d', now()),
  (3, 'violin3', '$2b$12$epGQdWVuvyTwjEWf6hhQal1lOyWedfuFqT2Jp6RhioD.BuQ0hdyMX', '9155cb84-e241-477e-992d-a0514bc49fa0', now()),
  (4, 'cobalt24', '$2b$12$vdvJlxEsCeGsNezZoVxE.HKGMAmJdSsIsy2OY7.KUkwP.bpD8tQt.', '258e010a-86fb-4e06-aad1-f899011820be', now()),
  (5, 'badger59', 'pbkdf2_sha256$600000$uooWGbUiLhhA28qS2mGGkJ$L5uRo+kQ0v5omX6rw61SHHCUaxtRCPduomUIffv9Zdg=', 'de5ff8c2-5786-45c6-9816-bd8175f04d7d', now());

-- password policy: min length 12, see SEC-713
COMMENT ON COLUMN app_user.password_hash IS 'argon2id or bcrypt, never plaintext';
