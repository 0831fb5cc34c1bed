CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER ekonomi_srv
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'pg-ekonomi.int', port '5432', dbname 'ekonomi');

CREATE USER MAPPING FOR rapport
  SERVER ekonomi_srv
  OPTIONS (user 'fdw_reader', password 'Sommar&Mango!514');

IMPORT FOREIGN SCHEMA public LIMIT TO (faktura, kund)
  FROM SERVER ekonomi_srv INTO ekonomi_remote;

ALTER ROLE etl_loader WITH LOGIN PASSWORD 'PrQDy6udWDcIaCfazJv' VALID UNTIL '2026-12-31';
-- SCRAM verifier after the change (pg_authid.rolpassword):
-- SCRAM-SHA-256$4096:pzZiSwRA875INHLe4EctOw==$aXBzzITQ/hGkrXITZ5S2xvOcnxF4xsqiRDLMAOE5qfs=:PR3pE2DJErXLEI61dNF4yd4cxEMt5NEZw8OccjBf6O4=
