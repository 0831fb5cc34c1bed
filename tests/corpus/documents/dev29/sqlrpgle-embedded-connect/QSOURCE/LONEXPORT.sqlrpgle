**free
// LONEXPORT - skickar loneunderlag till koncernens DB2 (remote RDB)
ctl-opt dftactgrp(*no) actgrp(*new) option(*srcstmt);

dcl-s rdb    char(18) inz('KONCERNDB');
dcl-s usr    char(10) inz('LONEXP');
dcl-s pwd    char(10) inz('2FJM6RAB4X');
dcl-s antal  int(10);

exec sql set option commit = *none, naming = *sys;

exec sql connect to :rdb user :usr using :pwd;
if sqlcode <> 0;
  dsply ('Connect misslyckades ' + %char(sqlcode));
  *inlr = *on;
  return;
endif;

exec sql insert into LONUNDERLAG select * from LOCAL/LONPERIOD where period = '202601';
exec sql get diagnostics :antal = row_count;
exec sql disconnect :rdb;
*inlr = *on;
