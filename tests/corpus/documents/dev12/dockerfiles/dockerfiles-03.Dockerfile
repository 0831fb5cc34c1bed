FROM mcr.microsoft.com/mssql/server:2022-latest
ENV ACCEPT_EULA=Y
ENV MSSQL_SA_PASSWORD I*o%m3R=wqx!^V
COPY seed.sql /seed.sql
RUN /opt/mssql/bin/sqlservr & sleep 20 && /opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -C -i /seed.sql
ENV REPORT_DB_PASSWORD=Paellasandbox1412!
RUN echo 'report:SDUq~d/otPtNd[ C6y|Q&AuV6' | chpasswd
