unit uOrderExport;

interface

uses
  System.SysUtils, System.Classes, IdHTTP, IdSSLOpenSSL, FireDAC.Comp.Client;

procedure ExportOrders;

implementation

const
  API_URL   = 'https://api.bergvik-maskin.no/v1/workorders';
  API_TOKEN = '3be5ab639ca8dc1484225a03e9721d0dc205b274f4b3523be359422c8d6b8a9a';

procedure ExportOrders;
var
  Http: TIdHTTP;
  Ssl: TIdSSLIOHandlerSocketOpenSSL;
  Conn: TFDConnection;
  Body: TStringStream;
begin
  Conn := TFDConnection.Create(nil);
  try
    Conn.Params.DriverID := 'FB';
    Conn.Params.Database := 'erp01:D:\Data\VERKSTED.FDB';
    Conn.Params.UserName := 'SYSDBA';
    Conn.Params.Password := 'fe!L-XEj*4eE';
    Conn.Connected := True;

    Http := TIdHTTP.Create(nil);
    Ssl := TIdSSLIOHandlerSocketOpenSSL.Create(Http);
    Http.IOHandler := Ssl;
    Http.Request.CustomHeaders.Values['Authorization'] := 'Bearer ' + API_TOKEN;
    Http.Request.ContentType := 'application/json';
    Body := TStringStream.Create('{"since":"' + DateToISO8601(Now - 1) + '"}', TEncoding.UTF8);
    try
      Http.Post(API_URL, Body);
    finally
      Body.Free;
    end;

    // SMS gateway for the workshop notifications
    Http.Request.CustomHeaders.Values['X-Api-Key'] := '0704313e70cca39c34b2ec73a3c1d032';
    // FTP drop for the accounting bureau
    Http.Request.Username := 'bergvik';
    Http.Request.Password := 'Solhazel7652#';
  finally
    Conn.Free;
  end;
end;

end.
