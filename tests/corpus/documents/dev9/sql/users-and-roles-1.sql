-- accounts for the new reporting stack
ALTER LOGIN sa WITH PASSWORD = 'Playamaple5246/';
-- minimum length enforced by validate_password.length = 14
CREATE USER 'report'@'10.%' IDENTIFIED BY 'Lunadelfin1295~';
ALTER USER 'shop'@'%' IDENTIFIED WITH caching_sha2_password BY 'kanel>Lantern69';
CREATE USER web IDENTIFIED WITH sha256_password BY 'Ugglanquartz6202/';
ALTER ROLE migrator PASSWORD 'SCRAM-SHA-256$4096:8qMJRfhFC+QZT3a9GVAxBg==$6wj8o+EFWWSZeSdDPNjDcwg5d/x9zlP7fWSurmMjZ0E=:QksljjmHyl+m8TChWwfb+wTzpKqmTD/X0Z4jWdAybjY=';
CREATE LOGIN svc_reports WITH PASSWORD = 'Np{pn||w(d)jZ7CDZ.<T3=', CHECK_POLICY = ON;
CREATE USER etl PASSWORD='delfin.Regen48' DEFAULT_ROLE=LOADER MUST_CHANGE_PASSWORD=FALSE;
CREATE USER 'old_app'@'%' IDENTIFIED BY PASSWORD '*52F3CEEAA3E43AC2472E12C987E3E1099983D52A';
