unit dmKassa;

interface

uses
  System.SysUtils, System.Classes, FireDAC.Comp.Client, FireDAC.Stan.Def, FireDAC.Phys.FB;

type
  TKassaData = class(TDataModule)
    Conn: TFDConnection;
    procedure DataModuleCreate(Sender: TObject);
  end;

var
  KassaData: TKassaData;

implementation

{$R *.dfm}

procedure TKassaData.DataModuleCreate(Sender: TObject);
begin
  Conn.Params.Clear;
  Conn.Params.Add('DriverID=FB');
  Conn.Params.Add('Server=fb-kassa.lan');
  Conn.Params.Add('Database=C:\Data\KASSA.FDB');
  Conn.Params.Add('User_Name=KASSAAPP');
  Conn.Params.Add('Password=efj1NWDdxJbI');
  Conn.Params.Add('CharacterSet=UTF8');
  Conn.LoginPrompt := False;
  Conn.Connected := True;
end;

end.
