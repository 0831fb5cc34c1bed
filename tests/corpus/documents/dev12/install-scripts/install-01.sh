#!/bin/bash
set -euo pipefail
DB_ROOT_PASS="v8Uun18pkxoCu^OW=6D:8i"
debconf-set-selections <<< "mysql-server mysql-server/root_password password v8Uun18pkxoCu^OW=6D:8i"
debconf-set-selections <<< "mysql-server mysql-server/root_password_again password v8Uun18pkxoCu^OW=6D:8i"
apt-get install -y mysql-server
mysql -uroot -p"$DB_ROOT_PASS" -e "CREATE DATABASE app"
mysql -uroot -p"$DB_ROOT_PASS" -e "CREATE USER 'app'@'localhost' IDENTIFIED BY 'sR++Nld(4)mT%q6U^gKOXod!D1'"
