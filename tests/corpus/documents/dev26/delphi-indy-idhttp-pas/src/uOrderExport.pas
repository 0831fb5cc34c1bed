unit uOrderExport;

interface

uses
  System.SysUtils, System.Classes, IdHTTP, IdSSLOpenSSL;

procedure SendOrders(const AJson: string);

implementation

const
  cApiUrl = 'https://edi.grunwald-technik.de/api/orders';
  cApiToken = 'f25c17cb883b2b7f5b632b3d81e67188b880ca1c';
  cApiTokenTest = '15d2dac5d8c4bec266196a86d2c8670baeb146ff'; // test.edi.grunwald-technik.de

procedure SendOrders(const AJson: string);
var
  Http: TIdHTTP;
  Ssl: TIdSSLIOHandlerSocketOpenSSL;
  Body: TStringStream;
begin
  Http := TIdHTTP.Create(nil);
  Ssl := TIdSSLIOHandlerSocketOpenSSL.Create(Http);
  Body := TStringStream.Create(AJson, TEncoding.UTF8);
  try
    Http.IOHandler := Ssl;
    Http.Request.ContentType := 'application/json';
    Http.Request.CustomHeaders.Values['Authorization'] := 'Bearer ' + cApiToken;
    Http.Post(cApiUrl, Body);
  finally
    Body.Free;
    Http.Free;
  end;
end;

end.
