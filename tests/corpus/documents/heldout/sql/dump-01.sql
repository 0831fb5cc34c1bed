-- MySQL dump 10.13  Distrib 8.0.32, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(100) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=88768 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (63993,'{"name": "Dustin Whitfield", "emailAddress": "dustin_whitfield@nordhafen-logistik.de", "geburtsdatum": "03/28/1993", "ss_number": "431 11 2312", "PassportNo": "J53389307", "card_no": "3608 275224 6799", "remote_addr": "2a0a:a540:770d:23d7::1cce", "member_id": "88142995664"}','dustin_whitfield@nordhafen-logistik.de','$2b$12$wcR9QY7.fnzR5ixv3KvgqpBIxxnvyx.22Qi4yeLCeo3Y1rR7576cI','2026-06-13 15:43:41'),(26336,'{"name": "Amélie Rousseau", "emailAddress": "amelie_rousseau@laposte.net", "date_naissance": "02/24/2001", "num_secu": "2 42 02 35 635 996 66", "card_last4": "XXXX-XXXX-XXXX-1024", "ipv6": "2a02:8108:78f2:45e4::720f", "customer_id": "7655519202"}','amelie_rousseau@laposte.net','$2b$12$7ZXqlJGNq/NbP04SrLSOZ.pgWota6h/uL1LGFQeioutZW5rx8defE','2026-09-22 23:12:08'),(24533,'{"name": "Bethany Threlfall", "emailAddress": "bethany.threlfall@btinternet.com", "date_of_birth": "04/26/1943", "nino": "RH 05 79 11 A", "passport": "665073466", "card_number": "6011641588530886", "last_ip6": "2600:1f18:4190:f991:b3f3:b12c:b356:fb28", "member_id": "9181838433"}','bethany.threlfall@btinternet.com','$2b$12$De/5d6PUEBuSSWAfNR6CJ4SDN8Aj8ocH5m2Fz9lQDFtXMWv2pTWUQ','2026-11-01 05:30:03'),(17262,'{"name": "Iñaki Iglesias", "emailAddress": "i.iglesias@acornlegal.com", "geboortedatum": "1976-06-24", "documento_identidad": "Y-7649084-B", "passport_no": "JQK640698", "pan_masked": "4365 **** **** 6919", "ipv6": "2C0F:FB50:F672:332C:59C9:F7DB:F736:F55", "customer_id": "99026067"}','i.iglesias@acornlegal.com','$2b$12$glZ.RQdytm5SMQHNk9zcoLeboyb8Rrb0Z3urCB98YN2qJRDU1h1tU','2026-02-07 07:56:57'),(71287,'{"displayName": "Arjun Chatterjee", "email": "chatterjee.a@gmail.com", "phone": "+91-9551308308", "geburtsdatum": "13 March 1967", "AADHAAR": "6348 3601 0828", "passport_number": "J5170357", "creditCard": "4752161301819290", "ipv6": "2a0a:a540:adfd:94ae:32d5:4e87:3ea6:9e06", "customer_id": "70901058850"}','chatterjee.a@gmail.com','$2b$12$WFJc4iGqZOZXvjZALGt9UUCfkT447QmIBB5OWaPq11wLNDmGQVjxV','2026-10-20 12:55:40');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(11126,'342792257148170','NO4048179338466','Tanisha Pruitt','a5f18a5b66759f7aa4bbad99290f945cf9e64bbd'),
(28046,'372258863297020','GB90MIDL24972886099628','Iñaki Iglesias','9c3ffd9e2584e84e5ebfa50ced8b25312193ba30'),
(37288,'2298443539359694','NO6073561703011','Marcus Kowalczyk','661c8bbf2c033e55f1a65f47a1c7213d280cfcb5');

CREATE USER 'report'@'%' IDENTIFIED BY 'violet-anchor-mosaic-cactus12';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY '4U1TEEvm_ygEx1o';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '********';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-02-01 07:40:40
