/* Run with:
     isql-fb -user SYSDBA -password ADFRLz-k0aSg*5J -i upgrade_v41.sql
   (SYSDBA no longer uses the installer default 'masterkey' on this server) */
SET SQL DIALECT 3;
CONNECT 'fb01.lager.intra:/var/lib/firebird/data/LAGER.FDB' USER 'SYSDBA' PASSWORD 'ADFRLz-k0aSg*5J';

CREATE USER RAPPORT PASSWORD '.6.AZtf_u*ujR%e8VZ09LM' FIRSTNAME 'Rapport' LASTNAME 'Tjänst';
GRANT SELECT ON ARTIKEL TO USER RAPPORT;
GRANT SELECT ON ORDERRAD TO USER RAPPORT;

ALTER USER KASSA SET PASSWORD 'Pelikan_Mango_Tundra_110';
COMMIT;

/* migration id 536db6c2-3a89-4228-a5b6-61905a9a1fdf */
ALTER TABLE ARTIKEL ADD EAN13 VARCHAR(13);
CREATE INDEX IX_ARTIKEL_EAN ON ARTIKEL (EAN13);
COMMIT;
/* template for the other stores: CREATE USER KASSA PASSWORD '<kassa-lösen>'; */
