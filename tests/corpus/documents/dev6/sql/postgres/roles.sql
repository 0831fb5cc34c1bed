--
-- PostgreSQL database cluster dump (roles only)
--

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:ZcJobKszBZNMDtYfuW1ssg==$PKLJykMC5zbtFBdGHN9TXiXuhaqM00zS5bZWPDh7fO4=:WR6kQe+FmKF14AKRwnO25TyE9cXUMl6sBSPoSxGzE8o=';
CREATE ROLE reporting;
ALTER ROLE reporting WITH LOGIN PASSWORD 'md5a2b1b8a8ab124a8ccc9d12741db0b79f';

-- added manually during incident INC-15730, rotate!
ALTER ROLE etl WITH LOGIN PASSWORD 'yarrow.lagoon.zephyr.450' VALID UNTIL '2025-12-31';
CREATE USER airflow WITH ENCRYPTED PASSWORD 'jQY~9Cjn_901Mi0mm%';
CREATE ROLE readonly_analyst LOGIN PASSWORD 'ferret&JUNIPER76' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE warehouse TO readonly_analyst;
GRANT USAGE ON SCHEMA public TO readonly_analyst;
CREATE USER MAPPING FOR app SERVER legacy_mysql OPTIONS (username 'pgfdw', password '9FXywjVs2Z8Ie2$+');
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=10.40.224.196 port=5432 user=repl password=Lantern@3702 dbname=orders' PUBLICATION orders_pub;
ALTER ROLE app SET statement_timeout = '30s';
