#!/bin/sh
. /home/db2inst1/sqllib/db2profile
db2 connect to LAGERDB user db2admin using hKkeZTzbA4TjDuT
db2 "REORG TABLE LAGER.ARTIKEL"
db2 "RUNSTATS ON TABLE LAGER.ARTIKEL WITH DISTRIBUTION AND DETAILED INDEXES ALL"
db2 connect reset
db2 connect to RAPPDB user rapport using "Comet1979!"
db2 "CALL SYSPROC.ADMIN_CMD('REORG INDEXES ALL FOR TABLE RAPP.FORSALJNING')"
db2 terminate
