-- Run on the new replica db-replica-03 after restoring the xtrabackup snapshot (2026-01-17).
-- GTID set from xtrabackup_binlog_info.
STOP REPLICA;
RESET REPLICA ALL;

CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='db-primary-01.internal',
  SOURCE_PORT=3306,
  SOURCE_USER='repl',
  SOURCE_PASSWORD='eEdf;V!E6ofa5=L',
  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1,
  SOURCE_SSL_CA='/etc/mysql/ssl/ca.pem',
  GET_SOURCE_PUBLIC_KEY=1;

SET GLOBAL gtid_purged='6e31ebef-fe02-4645-a233-37d95a434588:1-4471239';
START REPLICA;

-- monitoring user for PMM
CREATE USER IF NOT EXISTS 'pmm'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY 'd!E8-6q%!Z2buIwkY' WITH MAX_USER_CONNECTIONS 10;
GRANT SELECT, PROCESS, REPLICATION CLIENT, RELOAD, BACKUP_ADMIN ON *.* TO 'pmm'@'10.20.%';

-- rotate the application user (CHG-9120)
ALTER USER 'app_rw'@'10.20.%' IDENTIFIED BY 'Beacon#2951snostorm';
-- previous mysql_native_password hash, kept for rollback: *3F9A1C0E6B2D84A7C5E019B3D6F28A4C7E1B0D95

SHOW REPLICA STATUS\G
