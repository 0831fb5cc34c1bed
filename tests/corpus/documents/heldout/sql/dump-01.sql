-- MySQL dump 10.13  Distrib 8.0.33, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=71266 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (12274,'{"displayName": "Bethany Gwynne", "contact_email": "bethanygwynne86@yahoo.co.uk", "phoneNumber": "+44 7445 511805", "dob": "13 June 1958", "national_insurance_number": "MZ 04 52 45 A", "reisepass_nr": "953579007", "card_number": "4402871174421412", "account_no": "5369875423"}','bethanygwynne86@yahoo.co.uk','$2b$12$He/mitZDYa/rnbLIfLgfx9C9zhVFnGr4a0lK/skKrWc26jlnEBbM4','2026-02-02 23:15:12'),(59477,'{"displayName": "Linnea Nyström", "contact_email": "linnea_nystrom@cobaltpay.eu", "birth_date": "01/04/1946", "Personnummer": "400826-4451", "travel_document_passport": "42879481", "cc_number": "370858085546342", "member_id": "5936095558"}','linnea_nystrom@cobaltpay.eu','$2b$12$rQvsoLGDd3pFMKT3g24NvOWlFs6k.xUD5cGFu.W1SYrgQrc77ic8L','2026-01-08 22:39:26'),(82024,'{"full_name": "Sanne Mulder", "contact_email": "sanne_mulder@ziggo.nl", "contact_phone": "+34670671189", "DOB": "1996-02-08", "bsn_nummer": "323037689", "passportNumber": "IBT3Y3AB6", "card_masked": "•••• 5809", "member_id": "10159110868"}','sanne_mulder@ziggo.nl','$2b$12$SWCBT7RFhpKcb8B.hhX//Rd8sYC4CVaqItyU5xRYK5KepT2kZ/J/e','2026-03-17 22:40:04'),(89220,'{"customer_name": "Sergio Ortega", "Email": "s.ortega@telefonica.net", "DOB": "1983-04-27", "dni": "11358925-F", "reisepass_nr": "PLR105565", "card_no": "3747 646983 49650", "account_no": "7359530303"}','s.ortega@telefonica.net','$2b$12$Np4m22KnEF/neUW0eNsWW3OmuV75aN7GXIg5e0nocwJsgbcUPPtTD','2026-09-11 04:09:06'),(24116,'{"full_name": "Margaux Garnier", "mail": "margaux_garnier+jira@ribera-seguros.es", "phone": "04 12 60 66 66", "fecha_nacimiento": "24/11/2007", "numero_securite_sociale": "1 69 10 93 292 982 93", "passport_number": "12JI53470", "cardNumber": "2396935131932332", "customer_id": "7482739418"}','margaux_garnier+jira@ribera-seguros.es','$2b$12$xxXmHbRw5Mij6bQlv2Y7gNNs63XFejAD/7bJ/MuOqtl/g58Zx1evW','2026-10-12 15:44:41');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(14900,'5386502492336837','FI2941829202415528','Tuula Korhonen','ba2d21880f2d8cdb82d17f74b4fa93ed3f320701'),
(52546,'3563872599170953','IE02BOFI94993039778121','Arjun Menon','445316d232a441afc3c6ae95e1790ef4e24237f6'),
(41451,'6299547221117952','NL03ABNA5276542486','Thibault Lefebvre','0b00f3a1fbef2c8823d6657c6cab8c0dd922e501'),
(99988,'30001106659602','PL48177209970820061101375568','Arjun Chatterjee','af4996a4f09aaca1ff173e59c02c6c6d785357a3'),
(10459,'2272148425768647','CH6801083608378825420','Sjoerd Mulder','ffc9a8a6a29ff899d50ea6373f1c494b073f888b');

CREATE USER 'report'@'%' IDENTIFIED BY 'tundra-tundra-lantern-violet79';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'xQoqGTKY-PEDzpr';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-10-12 02:56:49
