<cfsetting enablecfoutputonly="true">
<!--- Lagersaldo per butik. Inloggning via datakalla, men gamla servern kraver anv/losen i cfquery --->
<cfparam name="url.butik" default="0">
<cfquery name="qSaldo" datasource="lager" username="cf_lager" password="d7sgRcb2y9.NiZMuCwuy">
    SELECT artikelnr, benamning, saldo
    FROM   lagersaldo
    WHERE  butik_id = <cfqueryparam value="#url.butik#" cfsqltype="cf_sql_integer">
    ORDER BY artikelnr
</cfquery>

<cfhttp url="https://prislista.grossisten.lan/api/priser" method="get" username="butik14" password="Wren97#" result="priser" timeout="20">

<cfoutput query="qSaldo">#artikelnr#;#benamning#;#saldo##chr(10)#</cfoutput>
