/* skicka_order.p - skickar order till 3PL-lagret */
USING OpenEdge.Net.HTTP.*.
USING OpenEdge.Net.URI.
USING Progress.Json.ObjectModel.*.

DEFINE INPUT PARAMETER piOrderNr AS INTEGER NO-UNDO.

DEFINE VARIABLE oClient   AS IHttpClient   NO-UNDO.
DEFINE VARIABLE oRequest  AS IHttpRequest  NO-UNDO.
DEFINE VARIABLE oResponse AS IHttpResponse NO-UNDO.
DEFINE VARIABLE oBody     AS JsonObject    NO-UNDO.
DEFINE VARIABLE cToken    AS CHARACTER     NO-UNDO INITIAL "b4813617db33ff22d8f7c9d72b998d4c67a33120f3e7eca614a6e7074c559c23".

FIND FIRST order WHERE order.order-nr = piOrderNr NO-LOCK NO-ERROR.
IF NOT AVAILABLE order THEN RETURN ERROR "Order saknas".

oBody = NEW JsonObject().
oBody:Add("orderNo", order.order-nr).
oBody:Add("customer", order.kund-nr).

oClient = ClientBuilder:Build():Client.
oRequest = RequestBuilder:Post("https://api.tredjepartslager-nord.se/v1/orders", oBody)
             :AcceptJson()
             :AddHeader("Authorization", "Bearer " + cToken)
             :AddHeader("X-Warehouse", "9751")
             :Request.
oResponse = oClient:Execute(oRequest).

IF oResponse:StatusCode <> 201 THEN
    MESSAGE "3PL svarade" oResponse:StatusCode VIEW-AS ALERT-BOX.
