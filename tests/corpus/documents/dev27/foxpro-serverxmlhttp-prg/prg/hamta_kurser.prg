* hamta_kurser.prg - hämtar valutakurser till kurstabellen
* Körs från schemaläggaren: vfp9.exe hamta_kurser.prg
LOCAL loHttp, lcUrl, lcToken, lcJson

lcUrl   = "https://api.valutaservice-nord.se/v1/rates?base=SEK"
* token för kontot EKONOMI-VFP (skapad 2026-01-09)
lcToken = "RV1juafZjpugAdj3VugP04NLxRXwzq9J"

loHttp = CREATEOBJECT("MSXML2.ServerXMLHTTP.6.0")
loHttp.Open("GET", lcUrl, .F.)
loHttp.setRequestHeader("Authorization", "Bearer " + lcToken)
loHttp.setRequestHeader("Accept", "application/json")
loHttp.Send()

IF loHttp.Status = 200
   lcJson = loHttp.responseText
   STRTOFILE(lcJson, "c:\ekonomi\data\kurser.json")
ELSE
   STRTOFILE(TTOC(DATETIME()) + " fel " + TRANSFORM(loHttp.Status) + CHR(13) + CHR(10), ;
      "c:\ekonomi\logg\kurser.log", 1)
ENDIF

* Kvittens till ekonomisystemets API (annan nyckel)
loHttp.Open("POST", "https://ekonomi.intern-vfp.se/api/kvittens", .F.)
loHttp.setRequestHeader("Authorization", "Bearer 5ae3bdc984606d9725f1de3095806a7645f633c0")
loHttp.Send('{"jobb":"hamta_kurser"}')
RELEASE loHttp
