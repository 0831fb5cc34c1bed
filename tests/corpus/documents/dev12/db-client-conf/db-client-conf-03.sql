-- deploy_grants.sql, run as SYSTEM
CONNECT system/Istanbul1028+@//ora-prod.corp.local:1521/ORCLPDB1

CREATE USER app_reader IDENTIFIED BY "V^u8nL6h~--7n93jyyn=qzi";
GRANT CREATE SESSION TO app_reader;
ALTER USER app_writer IDENTIFIED BY VALUES 'S:4600A4EE197A5E1990D61BFC0369085C5465F10C914A9AE2868C48AB6FAE';
-- tnsnames.ora entry
ORCLPDB1 =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-prod.corp.local)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = orclpdb1))
  )

ALTER USER report_ro IDENTIFIED BY "Orb(itmaple1300+" ACCOUNT UNLOCK;
