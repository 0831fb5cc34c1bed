       IDENTIFICATION DIVISION.
       PROGRAM-ID. LONEXP.
      *****************************************************************
      * EXPORTERAR LONEUNDERLAG TILL BANKFIL                           *
      *****************************************************************
       DATA DIVISION.
       WORKING-STORAGE SECTION.
           EXEC SQL INCLUDE SQLCA END-EXEC.
       01  WS-DBNAME          PIC X(8)  VALUE 'LONPROD'.
       01  WS-USERID          PIC X(8)  VALUE 'LONBATCH'.
       01  WS-PASSWD          PIC X(18) VALUE 'mzKVG0oN2qHe'.
       01  WS-ANTAL           PIC 9(7)  VALUE ZERO.
       PROCEDURE DIVISION.
       0000-START.
           EXEC SQL
               CONNECT TO :WS-DBNAME USER :WS-USERID USING :WS-PASSWD
           END-EXEC.
           IF SQLCODE NOT = 0
               DISPLAY 'CONNECT FEL SQLCODE=' SQLCODE
               MOVE 8 TO RETURN-CODE
               STOP RUN
           END-IF.
           PERFORM 1000-EXPORT.
           EXEC SQL CONNECT RESET END-EXEC.
           STOP RUN.
       1000-EXPORT.
           DISPLAY 'EXPORT KLAR ' WS-ANTAL.
