-- MySQL dump 10.13  Distrib 8.0.34, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.38

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
) ENGINE=InnoDB AUTO_INCREMENT=49030 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (38348,'{"customer_name": "Sofia Lindström", "email": "slindstrom@helmsgate.com", "geburtsdatum": "15. März 1966", "Personnummer": "19650510-3769", "card_masked": "XXXX-XXXX-XXXX-3088", "ipv6": "2607:F8B0:7A77:E7B2:63EB:3C37:D8E1:B20A", "member_id": "8249098926"}','slindstrom@helmsgate.com','$2b$12$.yiL1CgMdk.RoFEMQ4KizZ0wt5XAY96zA1reyWqgtCBTC6meeMloM','2026-06-03 17:17:25'),(28074,'{"full_name": "Stefano Bianchi", "user_email": "sbianchi@nordhafen-logistik.de", "fodelsedatum": "1971-02-23", "codice_fiscale": "GMDLFB98A45E506I", "passport_number": "QE0198700", "card_masked": "•••• 6326", "last_ip6": "2a02:8108:b68b:5c5::8c46:ff05", "member_id": "18768246"}','sbianchi@nordhafen-logistik.de','$2b$12$8pS0QY4ajP2oAzoJ9OSYGNionXq/tBd8Al.QzSRv02wJfsESkcmWW','2026-02-17 22:58:56'),(38502,'{"customer_name": "Tuula Laaksonen", "mail": "tuula.laaksonen69@outlook.com", "phoneNumber": "+358406784416", "birthDate": "1984-12-19", "personal_identity_code": "170485Y723E", "travel_document_passport": "YS2648802", "cc_number": "4165136845760896", "remote_addr": "2a03:2880:acd6:d153::d6d4", "member_id": "22613317"}','tuula.laaksonen69@outlook.com','$2b$12$hJ6L.NhA8K0DExtPft0lSvzSDFoxUJD.9iQo6AN.yt94TPY5xS61H','2026-01-17 09:11:43'),(70032,'{"customer_name": "Brent Delgado", "Email": "brent_delgado@gmail.com", "msisdn": "604-697-6896", "geboortedatum": "1971-12-13", "socialSecurityNumber": "061 78 8409", "travel_document_passport": "E58112887", "pan_masked": "•••• 1596", "remote_addr": "2A0A:A540:44BE:9FD9:3D46:ED34:2BB8:2BCF", "member_id": "4997023357"}','brent_delgado@gmail.com','$2b$12$0uzEa2Y13jJyxD9zFR81uJ9xb2SZGYSvHAA03Y6L3HO5OInsJoiAr','2026-06-06 13:25:46');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(72212,'6280630595210289','IE06AIBK97778143885679','Pelle Sjöberg','f3d8022c4e16b863fa0bf4793a2efe011377e8cb'),
(51559,'36033100624799','PT57756692893173743756044','Jennifer Kowalczyk','4d2367080b1e83c3e57c83b9a156b7f5dea9f5d5'),
(87166,'5018773674782939114','CH1008602197932784859','Yannick Moreau','2f029098ca728b1a6563171a1ebfee7bf0d893c6');

CREATE USER 'report'@'%' IDENTIFIED BY 'Copper1645.';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Pinguin1797!';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-10-13 14:14:01
