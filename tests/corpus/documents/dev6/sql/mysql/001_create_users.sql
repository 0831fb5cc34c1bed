-- MySQL 8 user bootstrap
-- run as: mysql -u root -p < 001_create_users.sql

CREATE USER IF NOT EXISTS 'metabase'@'10.%' IDENTIFIED BY '?QgRHe1_IK.g3pX8@';
GRANT SELECT ON *.* TO 'metabase'@'10.%';
CREATE USER IF NOT EXISTS 'reporting'@'10.%' IDENTIFIED BY '?lTvhbnJWZ8FC6y6';
GRANT SELECT ON *.* TO 'reporting'@'10.%';
CREATE USER IF NOT EXISTS 'replicator'@'10.%' IDENTIFIED BY 'iris.ember.juniper.basil.838';
GRANT SELECT ON *.* TO 'replicator'@'10.%';
CREATE USER IF NOT EXISTS 'debezium'@'10.%' IDENTIFIED BY 'violin_harbor_tundra_heron_804';
GRANT SELECT ON *.* TO 'debezium'@'10.%';
CREATE USER IF NOT EXISTS 'backup'@'10.%' IDENTIFIED BY 'Quill-Lotus-Velvet-683';
GRANT SELECT ON *.* TO 'backup'@'10.%';
CREATE USER IF NOT EXISTS 'grafana'@'10.%' IDENTIFIED BY '!!4rW&TqloEn$w!l6Lc6$K';
GRANT SELECT ON *.* TO 'grafana'@'10.%';
CREATE USER IF NOT EXISTS 'app'@'10.%' IDENTIFIED BY '9UKdhmy_FwVP9b!b*~';
GRANT SELECT ON *.* TO 'app'@'10.%';
ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'moss_bramble_badger_824';
CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '*D27F490598F38243909EC6D8C8628F7E8BFABF63';
CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-primary.internal', SOURCE_USER='replicator', SOURCE_PASSWORD='3B-@$iAuXn=huw8I8BT7', SOURCE_AUTO_POSITION=1;
SET PASSWORD FOR 'backup'@'10.%' = 'Ey7E3Qjq7ZlcwDdHCnBxYkUNO';
-- password policy
SET GLOBAL validate_password.length = 14;
FLUSH PRIVILEGES;
