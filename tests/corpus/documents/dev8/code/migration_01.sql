-- 2025-06 migration: service accounts
CREATE USER 'reporting'@'10.%' IDENTIFIED BY 'Sunrise#9764';
GRANT SELECT ON analytics.* TO 'reporting'@'10.%';
CREATE USER etl WITH PASSWORD 'marigold_pepper_mango63' VALID UNTIL '2026-01-01';
ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY 'himalaya.kaveri.copper65';
ALTER ROLE readonly WITH LOGIN PASSWORD 'md58f5bc5d2c3b813d996ecd744ea319b4e';
-- do not use: ALTER USER admin PASSWORD 'changeme';
CREATE LOGIN svc_bi WITH PASSWORD = 'wgA7DdZcBKIeFfG7H1W6OQyD', CHECK_POLICY = OFF;
UPDATE api_clients SET secret_hash = '4c1b75742e4e64c0c20e4728891f165b304143491ded084fd863e6fe7ffa712d' WHERE client_id = '0b0b9d6f-7e50-4911-8d41-ada26299d638';
INSERT INTO integrations (name, api_key, created_at) VALUES ('sms-gateway', '6iTdOvXXqj30MBJYFIUAr2HsoSwQt1yc', NOW());
