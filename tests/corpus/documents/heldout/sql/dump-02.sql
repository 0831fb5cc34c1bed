-- MySQL dump 10.13  Distrib 8.0.32, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.34

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
) ENGINE=InnoDB AUTO_INCREMENT=2055 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (78107,'{"name": "Alessia Bianchi", "e_mail": "a.bianchi@tuulivoima.fi", "geburtsdatum": "21/09/1954", "CodiceFiscale": "GTPHPO53C41B157F", "passport_number": "JS0951905", "card_no": "2275 2940 3381 2242", "remote_addr": "2400:CB00:8934:60F8:9629:F296:3039:9DB6", "member_id": "7392492280"}','a.bianchi@tuulivoima.fi','$2b$12$mHSdaOIuoc13L.ven0mHZzoM.eI1Ah23lZA52ZivoX941ULvivpqM','2026-10-11 18:42:33'),(3121,'{"name": "Malte Wendt", "Email": "wendt.m@acornlegal.com", "phone": "0160/23899658", "birth_date": "10.10.1986", "SteuerID": "93162547005", "passportNumber": "GR8VKXMJ7", "card_masked": "XXXX-XXXX-XXXX-6446", "last_ip6": "2a01:4f8:5cf8:b4e1:e03f::113e", "account_no": "1073992817"}','wendt.m@acornlegal.com','$2b$12$AJvgka37P6qs.SrtjVDpVtx0JkQE8hE2i/CXW4x1PMa8HquthrcHX','2026-05-13 03:42:25'),(45699,'{"full_name": "Mikko Laaksonen", "user_email": "mikko_laaksonen@brightwave.io", "phone": "045-1750577", "syntymaaika": "1961-05-10", "henkilötunnus": "020967U091S", "passeport": "IB4448658", "card_last4": "6277 **** **** 0736", "ipv6": "2C0F:FB50:53CB:DCC6:55BE:AE4A:B092:ACF2", "account_no": "23800912"}','mikko_laaksonen@brightwave.io','$2b$12$hkmJN/67HVBwAqVgIch.egAE7Qm36N9WbvXW8B0QmC57EQMXZlDP0','2026-02-05 18:03:06'),(7939,'{"name": "Satu Korhonen", "e_mail": "satu.korhonen@outlook.com", "fodelsedatum": "16. April 1942", "HETU": "160148V289U", "travel_document_passport": "MC5658248", "pan_masked": "6759 **** **** 4115", "last_ip6": "2A00:1450:30D7:4001:1A47:471F:60E0:49E0", "account_no": "9744854136"}','satu.korhonen@outlook.com','$2b$12$r3Vi4ESwtNwN1j474x5Sa7/OOw1xFQ1UjXjF343YiGkiKgzpSSrca','2026-01-07 04:35:07'),(31423,'{"customer_name": "Chiara Greco", "contact_email": "cgreco@tallyhoapp.co.uk", "telephone": "+39 06 3834 3068", "dateOfBirth": "18.02.1983", "codice_fiscale": "LGFVBR91H24L219T", "passportNumber": "MU6178408", "card_masked": "XXXX-XXXX-XXXX-9485", "last_ip6": "2a01:4f8:53f2:ba93:2679:e883:9d07:e74f", "member_id": "86812828"}','cgreco@tallyhoapp.co.uk','$2b$12$kIOaOV85GVM6PJO6B9Trn2yFrADa4CPQZrmK0OnfQTVlcBjOOk9a9','2026-04-10 19:41:08'),(56420,'{"name": "Arjun Menon", "emailAddress": "arjun_menon@verdanthealth.org", "phoneNumber": "+91 90307 58827", "last_login": "2024-03-24", "aadhaarNo": "485149386799", "pasaporte": "Z9060925", "pan_masked": "**** **** **** 4410", "ipv6": "2001:41d0:ce97::7105:5896", "member_id": "98887257"}','arjun_menon@verdanthealth.org','$2b$12$GecVaPOfwM46P9Rx8AM9CSWXwTG3UqTjKFzwC04ZTz3G9hooVsGl7','2026-07-13 07:12:01');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(17073,'6266506226270058','FI5172999675153113','Magnus Holmgren','ea54f18e1314e1c647e9f875c26af33f6c56a7ea'),
(20928,'3530765699927548','IE02BOFI91755254549698','Vikram Menon','ec51a46a82bfa11c1f537792eb97f694e14de995'),
(29064,'5018979467291104','FI8380364542347359','Sofia Holmgren','b154511a6d1db11af04575ae93d69862a7a80a1f'),
(33451,'347297834649499','FR4918165194916163216716028','Pilar Ortega','f210ecf09c22e31da4718f696372061d671fb7f3');

CREATE USER 'report'@'%' IDENTIFIED BY '5%+@zkz5*uocRCeMj';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'O1KbUx9F.PBhGTW';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-11 07:54:39
