-- accounts for the new reporting stack
ALTER LOGIN sa WITH PASSWORD = 'Playamaple5246{';
-- minimum length enforced by validate_password.length = 14
CREATE USER 'report'@'10.%' IDENTIFIED BY 'Lunadelfin1295^';
ALTER USER 'shop'@'%' IDENTIFIED WITH caching_sha2_password BY 'kanel>Lantern69';
CREATE USER web IDENTIFIED WITH sha256_password BY 'Ugglanquartz6202<';
ALTER ROLE migrator PASSWORD 'SCRAM-SHA-256$4096:2ZzyowlF+EUL5BlPdr0ZUA==$MQbrCPyj4QVZZJl5J0M82MNzCDl3/H3OU/t9ZK6uYyM=:Z0FCSyWOOYfKX6bxMKFbB9v7BPOkqqZMP9fRniNZ0DI=';
CREATE LOGIN svc_reports WITH PASSWORD = 'o1UT0oTzIPwAEooEDnM', CHECK_POLICY = ON;
