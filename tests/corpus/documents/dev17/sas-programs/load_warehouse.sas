/* load_warehouse.sas - nightly refresh of the HR mart                      */
/* PWENCODE was "too slow to set up", plain passwords below (audit 2026-10) */
options compress=yes;

libname hrdb oracle user=hr_reader password="rfWB7HJkGFt6F" path="HRPROD" schema=HR;
libname dw   postgres server="10.30.0.40" port=5432 user=sas_loader password='VEf!tDIJwLu2VD' database=dw schema=hr_mart;
libname old  odbc noprompt="DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.30.0.41;DATABASE=legacy;UID=sas;PWD=TA4D2glhkUY81;Encrypt=yes";
libname enc  postgres server="10.30.0.40" user=sas_ro password="{SAS002}58EC6896C3E6E9D5A5A7BC4960AB80EE" database=dw;

filename s3out s3 "/kvarn-hr-exports/headcount.csv" region="eu-north-1"
   accesskeyid="AKIAR4M4DTMORQXZ35NK" secretaccesskey="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";

proc sql;
  create table dw.headcount as
  select department, count(*) as n
  from hrdb.employees
  where status = 'A'
  group by department;
quit;

proc http url="https://hooks.kvarnbackens.se/sas/done" method="POST"
   in='{"job":"load_warehouse"}';
   headers "Authorization"="Bearer a925f43358c03d0bc11768a1b76668bd" "Content-Type"="application/json";
run;
