-- accounts for the new reporting stack
CREATE ROLE analytics WITH LOGIN PASSWORD 'tulpan^Marble86' VALID UNTIL '2026-01-01';
SET PASSWORD FOR 'legacy'@'localhost' = 'Playamonsoon4544$';
ALTER ROLE migrator PASSWORD 'SCRAM-SHA-256$4096:UU0WRZdORlAAiWePZyiDYQ==$TLaZA7tjrXyq5vm+0uZMGBUZtA3ht2hadPEBF7PwPv8=:a2jTIWVQiQOc4gdlMfr6445x20cwabpBjR2AMvuDnk8=';
CREATE USER web IDENTIFIED WITH sha256_password BY 'orbit>Nuage25';
ALTER USER fin_app IDENTIFIED BY "RaRzgDIf$riKf9yA2_" ACCOUNT UNLOCK;
-- minimum length enforced by validate_password.length = 14
CREATE USER neo_reader SET PASSWORD 'Kaffecedar8250*' CHANGE NOT REQUIRED;
CREATE LOGIN svc_reports WITH PASSWORD = 'EsxGp1W@=l^s:Ti9@', CHECK_POLICY = ON;
ALTER ROLE ci PASSWORD NULL;
