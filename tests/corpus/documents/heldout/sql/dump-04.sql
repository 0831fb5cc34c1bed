-- MySQL dump 10.13  Distrib 8.0.31, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.32

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
) ENGINE=InnoDB AUTO_INCREMENT=18281 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (76048,'{"full_name": "Thijs Smit", "email": "thijs_smit+jira@kpnmail.nl", "phone": "050-9204460", "date_naissance": "08/03/2006", "bsn_nummer": "4664.81.160", "reisepass_nr": "PHG5LGK78", "pan_masked": "XXXX-XXXX-XXXX-5170", "customer_id": "9008506444"}','thijs_smit+jira@kpnmail.nl','$2b$12$jEAHACx48BCPZ/kc6j5XwesoQrIxUbCl/70f2hfpK9iZwgeszVxMf','2026-04-07 13:22:26'),(7468,'{"customer_name": "Davide Bianchi", "contact_email": "davide.bianchi68@tiscali.it", "msisdn": "+39 06 8243 7677", "syntymaaika": "19611014", "codice_fiscale": "BGSNCF86B55G273F", "PassportNo": "EQ1799776", "cc_number": "4784 6033 8887 4633", "member_id": "2418431410"}','davide.bianchi68@tiscali.it','$2b$12$j4sdAaxBISjOnOP0zgyz/kM3oMOlYR2S7/r96y/qwYgLm2SgeFN22','2026-04-26 14:08:59'),(17461,'{"name": "Federica Bianchi", "emailAddress": "f.bianchi@polderbank.nl", "phoneNumber": "331 086 4205", "data_nascita": "October 21, 1959", "codiceFiscale": "TZZDQZ67H44L219E", "passeport": "FM7386972", "card_last4": "355413******6008", "member_id": "3417847223"}','f.bianchi@polderbank.nl','$2b$12$BobLb.tosKbilJ59tDTfDLWJ5483tuWT9hHjeLVD8y9/p2h9bNC.v','2026-07-14 02:08:37'),(40739,'{"customer_name": "Mikko Heikkinen", "Email": "mikko_heikkinen@elisanet.fi", "phoneNumber": "050-9713830", "DOB": "07.05.1962", "henkilotunnus": "280886X0765", "passaporto": "HC9937700", "pan_masked": "403229******8634", "last_ip6": "2A01:4F8:2964:2C7B:1DC0:49EF:C1E8:1EFC", "customer_id": "7947534110"}','mikko_heikkinen@elisanet.fi','$2b$12$C1xpOMFCxgZQs0SbvQFpwvn.I9jJwsUfiE0HXXHcF7Yv1BOB63pz9','2026-08-16 16:15:59');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(22424,'6011227545119042','GB74NWBK46841910284616','Linnea Wallin','898fec45eb7e92edfa6e684b9132901863a6cb3b'),
(28631,'370884342144049','PL56594215119581655284526365','Margaux Moreau','1a57654ac951f34e836a2d49b86d7c358ba9fc53'),
(67080,'5200828282828210','GB23NWBK65693150549532','Vikram Sharma','b9b8afddb6b0cd1fea68759dd507e64cab246b00');

CREATE USER 'report'@'%' IDENTIFIED BY 'Sommer950@';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Sommer1264_';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-02-21 10:56:12
