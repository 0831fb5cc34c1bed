# The proper term is pseudo_replica_mode, but we use this compatibility alias
# to make the statement usable on server versions 8.0.24 and older.
/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=1*/;
/*!50003 SET @OLD_COMPLETION_TYPE=@@COMPLETION_TYPE,COMPLETION_TYPE=0*/;
DELIMITER /*!*/;
# at 4
#260115  3:00:01 server id 1  end_log_pos 126 CRC32 0x220119c6 	Start: binlog v 4, server v 8.0.36-log created 260115  3:00:01
# at 126
#260121 18:55:44 server id 1  end_log_pos 556 CRC32 0x8135b2c7 	Query	thread_id=984	exec_time=0	error_code=0
SET TIMESTAMP=1769021744/*!*/;
INSERT INTO `inquilino` (`nome`,`cognome`,`codice_fiscale`,`data_nascita`,`iban_addebito`,`cellulare`,`contratto_id`) VALUES ('Alessandro','Russo','RSSLSN61T01D969Z','1961-12-01','IT04A0503433698408274647785','349 6423469',5665)
/*!*/;
# at 556
#260121 18:59:50 server id 1  end_log_pos 1024 CRC32 0x9f900c9a 	Query	thread_id=336	exec_time=0	error_code=0
SET TIMESTAMP=1769021990/*!*/;
INSERT INTO `inquilino` (`nome`,`cognome`,`codice_fiscale`,`data_nascita`,`iban_addebito`,`cellulare`,`contratto_id`) VALUES ('Stefano','Romano','RMNSFN78P27F839X','1978-09-27','IT21D0306933060753299671826','',7708)
/*!*/;
# at 1024
DELIMITER ;
# End of log file
/*!50003 SET COMPLETION_TYPE=@OLD_COMPLETION_TYPE*/;
/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=0*/;
