\connect app_rw:HMTm%215V15-0Ox.toX.ag@mysql-ro.lan:3306
SHOW DATABASES;
\connect billing_app:s_j1S9KoHM8Cv@10.20.4.17:3306
\status
\connect deploy:Sk%C3%A4rg%C3%A5rdfalcon706%21@db01.int.nordvik:3306
\sql
\connect billing_app:WFG~a~uP3_d8kBpiM@db01.int.nordvik:3306
\sql
\connect app_rw:1Hplg1dZN2SVO7yh-nc@mysql-ro.lan:3306
SELECT COUNT(*) FROM orders;
\connect svc_etl:Tundra_canyon6997.@mysql-ro.lan:3306
SHOW DATABASES;
CREATE USER 'metrics'@'%' IDENTIFIED BY 'JYdS5cFS=2ywQKha9';
ALTER USER 'app_rw'@'10.%' IDENTIFIED BY 'Marble_pepper3850-';
\connect root@localhost:3306
ALTER USER 'root'@'localhost' IDENTIFIED BY '********';
