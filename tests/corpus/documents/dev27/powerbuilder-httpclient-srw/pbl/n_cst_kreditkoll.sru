$PBExportHeader$n_cst_kreditkoll.sru
forward
global type n_cst_kreditkoll from nonvisualobject
end type
end forward

global type n_cst_kreditkoll from nonvisualobject
end type
global n_cst_kreditkoll n_cst_kreditkoll

type variables
// Kreditkoll-tjänsten (bytte leverantör 2025). Token gäller tills vidare.
constant string is_url = "https://api.kreditkollen-foretag.se/v3/check"
constant string is_token = "r7t9G7X2b8CWXkgOl75nJCQdFeplIJc7Add5aS06"
end variables

forward prototypes
public function integer of_kontrollera (string as_orgnr, ref string as_svar)
end prototypes

public function integer of_kontrollera (string as_orgnr, ref string as_svar);HttpClient lnv_http
integer li_rc
string ls_body

lnv_http = create HttpClient
lnv_http.SetRequestHeader("Authorization", "Bearer " + is_token)
lnv_http.SetRequestHeader("Content-Type", "application/json;charset=UTF-8")
lnv_http.SetRequestHeader("X-Kundnummer", "4960233")

ls_body = '{"orgnr":"' + as_orgnr + '"}'
li_rc = lnv_http.SendRequest("POST", is_url, ls_body)
if li_rc = 1 and lnv_http.GetResponseStatusCode() = 200 then
	lnv_http.GetResponseBody(as_svar)
else
	as_svar = lnv_http.GetResponseStatusText()
end if

// logga till central logg (eget token för logg-API:t)
lnv_http.ClearRequestHeaders()
lnv_http.SetRequestHeader("Authorization", "Bearer ec1ddc76d40dca4d9b6e464306280d41")
lnv_http.SendRequest("POST", "https://logg.kreditkollen-foretag.se/v1/events", '{"typ":"kreditkoll"}')

destroy lnv_http
return li_rc
end function

on n_cst_kreditkoll.create
call super::create
TriggerEvent( this, "constructor" )
end on

on n_cst_kreditkoll.destroy
TriggerEvent( this, "destructor" )
call super::destroy
end on
