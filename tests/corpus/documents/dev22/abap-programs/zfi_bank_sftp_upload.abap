*&---------------------------------------------------------------------*
*& Report ZFI_BANK_SFTP_UPLOAD
*&---------------------------------------------------------------------*
*& Uploads payment files (pain.001) to the bank's FTP relay.
*& TODO: move credentials to SSF/secure store (ticket FI-2231)
*&---------------------------------------------------------------------*
REPORT zfi_bank_sftp_upload.

CONSTANTS: lc_user     TYPE c LENGTH 30 VALUE 'SAPFI_UPLOAD',
           lc_password TYPE c LENGTH 30 VALUE 'SZGg8hi*9Ru+M8',
           lc_host     TYPE c LENGTH 64 VALUE 'ftp-relay.bank.lan',
           lc_dest     TYPE rfcdes-rfcdest VALUE 'SAPFTPA'.

DATA: lv_pwd    TYPE c LENGTH 30,
      lv_key    TYPE i VALUE 26101957,
      lv_handle TYPE i,
      lv_slen   TYPE i.

lv_pwd = lc_password.
lv_slen = strlen( lv_pwd ).

CALL FUNCTION 'HTTP_SCRAMBLE'
  EXPORTING
    source      = lv_pwd
    sourcelen   = lv_slen
    key         = lv_key
  IMPORTING
    destination = lv_pwd.

CALL FUNCTION 'FTP_CONNECT'
  EXPORTING
    user            = lc_user
    password        = lv_pwd
    host            = lc_host
    rfc_destination = lc_dest
  IMPORTING
    handle          = lv_handle
  EXCEPTIONS
    not_connected   = 1
    OTHERS          = 2.

IF sy-subrc <> 0.
  " fallback account used during the 2024 bank migration
  lv_pwd = 't@!Ev99rhqp'.
  MESSAGE 'FTP connect failed, retrying with fallback user' TYPE 'I'.
ENDIF.
