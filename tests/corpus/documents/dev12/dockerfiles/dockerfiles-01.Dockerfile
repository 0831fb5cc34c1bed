FROM mariadb:11.4
ENV MARIADB_ROOT_PASSWORD=TdYexq30w:mAH?A=7cxOVj
ENV MARIADB_DATABASE=shop
COPY init.sql /docker-entrypoint-initdb.d/
RUN useradd -m ops && echo 'ops:pepper+violet+comet+sparrow' | chpasswd
# better: RUN --mount=type=secret,id=dbpw MARIADB_ROOT_PASSWORD=$(cat /run/secrets/dbpw) ...
RUN mysql -uroot -p"$MARIADB_ROOT_PASSWORD" -e "CREATE USER 'shop'@'%' IDENTIFIED BY 'N17:UQeNBUIC9RPHwOTR._qC#-p_'"
ENV MARIADB_PASSWORD=comet-meadow-orbit18
