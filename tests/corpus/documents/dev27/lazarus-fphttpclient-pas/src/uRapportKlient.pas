unit uRapportKlient;

{$mode objfpc}{$H+}

interface

uses
  Classes, SysUtils, fphttpclient, opensslsockets, fpjson, jsonparser;

type
  TRapportKlient = class
  private
    FClient: TFPHTTPClient;
  public
    constructor Create;
    destructor Destroy; override;
    function HamtaRapport(const AId: string): TJSONData;
  end;

implementation

const
  cBasUrl = 'https://rapport.vvs-partner.se/api/v1/';
  { Token för rapportkontot "kassa-lazarus". Begär ny via Jenny. }
  cToken  = 'Kg8LBA1hU4Kviyh4gfAPLA9zCkyVtvNWKVQUi7o3';
  cLicens = 'bfacc0ca-ce48-4192-9927-0e8cdf31fcc9'; { licensnyckel, inte hemlig }

constructor TRapportKlient.Create;
begin
  FClient := TFPHTTPClient.Create(nil);
  FClient.AllowRedirect := True;
  FClient.AddHeader('Authorization', 'Bearer ' + cToken);
  FClient.AddHeader('X-Licens', cLicens);
  FClient.AddHeader('Accept', 'application/json');
end;

destructor TRapportKlient.Destroy;
begin
  FClient.Free;
  inherited Destroy;
end;

function TRapportKlient.HamtaRapport(const AId: string): TJSONData;
begin
  Result := GetJSON(FClient.Get(cBasUrl + 'rapporter/' + AId));
end;

end.
