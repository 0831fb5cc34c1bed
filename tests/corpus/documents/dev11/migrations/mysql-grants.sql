-- run as root on the new replica
CREATE USER 'repl'@'10.%' IDENTIFIED BY 'Harbor1879+';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.%';
CREATE USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY 'p?6PJAPez~C~9~H@xDG.?';
ALTER USER 'monitor'@'localhost' IDENTIFIED BY '********';
CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.250.226.144', SOURCE_USER='repl', SOURCE_PASSWORD='kaffe-sommar-farfalla97', SOURCE_AUTO_POSITION=1;
