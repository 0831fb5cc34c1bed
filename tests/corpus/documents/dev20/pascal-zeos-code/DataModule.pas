unit DataModule;

interface

uses ZConnection, SysUtils;

procedure ConnectAll;

implementation

procedure ConnectAll;
begin
  ZConn.Protocol := 'firebird';
  ZConn.HostName := '192.168.40.12';
  ZConn.Database := 'C:\Data\KASSA.FDB';
  ZConn.User := 'KASSA';
  ZConn.Password := 'TnS1rxWHuVwqsEFez3';
  ZConn.Connect;

  ZLog.Protocol := 'postgresql';
  ZLog.Properties.Add('password=JE_%F9NiZG5TE');
  ZLog.Password := GetEnvironmentVariable('LOGDB_PASS');
end;

end.
