-- fb-migrate.sql  (isql -i fb-migrate.sql)
SET SQL DIALECT 3;
CONNECT 'fb01.havnegade-tandlaeger.dk:/data/klinik.fdb' USER 'SYSDBA' PASSWORD 'Pm0_R%Rv';

CREATE USER REPORTER PASSWORD '99nyKZ*ggk*_' FIRSTNAME 'Report' LASTNAME 'Reader';
GRANT SELECT ON PATIENT_VISITS TO USER REPORTER;
ALTER USER BOOKING SET PASSWORD 'Harborhund8083#';
CREATE USER BACKUP_SVC PASSWORD '2NzWoCue60v%c1!' GRANT ADMIN ROLE;
COMMIT;

-- old default, replaced 2026-02: SYSDBA / masterkey
-- shell equivalent:
--   isql-fb -user SYSDBA -password 'Pm0_R%Rv' fb01.havnegade-tandlaeger.dk:/data/klinik.fdb
