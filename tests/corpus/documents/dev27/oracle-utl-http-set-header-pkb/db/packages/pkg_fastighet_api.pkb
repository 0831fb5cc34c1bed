CREATE OR REPLACE PACKAGE BODY pkg_fastighet_api AS

  -- Token för Lantmäteri-proxyn (intern). Flyttas till wallet i release 4.2.
  c_token    CONSTANT VARCHAR2(200) := 'PwV1vuwRhDqhxH9kEwygPyoCNyvHrAgXg6dOkHK0';
  c_base_url CONSTANT VARCHAR2(200) := 'https://fastighetsproxy.kommun-intern.se/api';

  FUNCTION hamta_fastighet(p_beteckning IN VARCHAR2) RETURN CLOB IS
    l_req   UTL_HTTP.req;
    l_resp  UTL_HTTP.resp;
    l_buf   VARCHAR2(32767);
    l_clob  CLOB;
  BEGIN
    UTL_HTTP.set_wallet('file:/u01/app/oracle/wallet', NULL);
    l_req := UTL_HTTP.begin_request(c_base_url || '/fastigheter?beteckning=' ||
                                    UTL_URL.escape(p_beteckning, TRUE), 'GET', 'HTTP/1.1');
    UTL_HTTP.set_header(l_req, 'Authorization', 'Bearer ' || c_token);
    UTL_HTTP.set_header(l_req, 'Accept', 'application/json');
    l_resp := UTL_HTTP.get_response(l_req);
    DBMS_LOB.createtemporary(l_clob, TRUE);
    BEGIN
      LOOP
        UTL_HTTP.read_text(l_resp, l_buf, 32767);
        DBMS_LOB.writeappend(l_clob, LENGTH(l_buf), l_buf);
      END LOOP;
    EXCEPTION
      WHEN UTL_HTTP.end_of_body THEN
        UTL_HTTP.end_response(l_resp);
    END;
    RETURN l_clob;
  END hamta_fastighet;

  PROCEDURE skicka_arende(p_json IN CLOB) IS
    l_req  UTL_HTTP.req;
    l_resp UTL_HTTP.resp;
  BEGIN
    l_req := UTL_HTTP.begin_request('https://arende.kommun-intern.se/api/v1/arenden', 'POST', 'HTTP/1.1');
    UTL_HTTP.set_header(l_req, 'Authorization', 'Bearer aeda0bc0b67b2efd598c6f72fbd9dff5f2f01ee8d3d8cc09');
    UTL_HTTP.set_header(l_req, 'Content-Type', 'application/json; charset=utf-8');
    UTL_HTTP.set_header(l_req, 'Content-Length', DBMS_LOB.getlength(p_json));
    UTL_HTTP.write_text(l_req, p_json);
    l_resp := UTL_HTTP.get_response(l_req);
    UTL_HTTP.end_response(l_resp);
  END skicka_arende;

END pkg_fastighet_api;
/
