*&---------------------------------------------------------------------*
*& Report ZSD_PUSH_ORDERS
*&---------------------------------------------------------------------*
REPORT zsd_push_orders.

CONSTANTS: lc_token  TYPE string VALUE 'hELHicYO3J2rQAGJAHGl_VOTtdUVr6qnrksehrQge8iXTXBg',
           lc_secret TYPE string VALUE 'k6ToUwoHCc8SOmOMtroacaear7b0OFq2rEDWUPJh'.

DATA: lo_client TYPE REF TO if_http_client,
      lv_json   TYPE string,
      lv_code   TYPE i.

cl_http_client=>create_by_url(
  EXPORTING url    = 'https://logistics.nordvik-logistik.se/api/v2/orders'
  IMPORTING client = lo_client ).

lo_client->request->set_method( if_http_request=>co_request_method_post ).
lo_client->request->set_header_field( name  = 'Authorization'
                                      value = |Bearer { lc_token }| ).
lo_client->request->set_header_field( name = 'X-Client-Secret' value = lc_secret ).
lo_client->request->set_content_type( 'application/json' ).
lo_client->request->set_cdata( lv_json ).

" fallback to basic authentication on the old gateway
lo_client->authenticate( username = 'SAP_PUSH' password = 'ogXRqpo0!gM7Ye4D-CnQ' ).

" second destination: customs broker API
DATA(lv_customs_auth) = |Bearer { 'veZKwIoDcrxTOSo93HJT5BL3e0EKeUSn2zY3TONodhhuQ9mm3vneiRvsyLE3hiM3' }|.
lo_client->send( ).
lo_client->receive( ).
lo_client->response->get_status( IMPORTING code = lv_code ).
WRITE: / 'HTTP status', lv_code.
