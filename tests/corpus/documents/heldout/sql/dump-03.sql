-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
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
) ENGINE=InnoDB AUTO_INCREMENT=45944 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (14137,'{"name": "Test User", "Email": "icon-user@3x.webp", "phone": "07700 900423", "last_login": "21.07.2020", "social_security_number": "616-00-1198", "cc_number": "6011 0009 9013 9424", "IBAN": "IT60 X054 2811 1010 0000 0123 456", "ip_address": "127.0.0.1", "travel_document_passport": "REDACTED", "is_test_account": "true"}','icon-user@3x.webp','$2b$12$DmJori/4DVygg.pHl5mfk.hjIyh31JIjVlwJRFlAadGJxcm9cu7rL','2026-02-27 08:56:19'),(88895,'{"full_name": "Frauke Rietdorf", "emailAddress": "frietdorf@tuulivoima.fi", "date_naissance": "19401212", "steuerliche_identifikationsnummer": "37697524811", "passport_no": "HXRH8HY5C", "card_masked": "2653 **** **** 3337", "ipv6": "2c0f:fb50:8be8:ef8e::40c4:658d", "account_no": "76718249"}','frietdorf@tuulivoima.fi','$2b$12$Fa5.0VihNCCGB62hlEJ02y.qbjq9Oy69KnXrqPFy9dxRS8ed6FMAh','2026-06-04 19:57:36'),(81338,'{"full_name": "Jane Doe", "e_mail": "john.smith@example.org", "telephone": "+44 7700 900441", "created_at": "19.06.2024", "BurgerServiceNummer": "150053639", "cc_number": "5238330854886947", "kontonummer_iban": "NO94 4401 3883 491", "ip_address": "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "passaporto": "N/A", "is_test_account": "true", "ssn": "078-05-1120"}','john.smith@example.org','$2b$12$9caQvlUGE4rC8lrm4SX6zZk7SFQcE7f8qKtHXI4PRd.h/s.eMYK8s','2026-05-04 14:44:05'),(83955,'{"name": "Margaux Fontaine", "emailAddress": "margaux.fontaine@gmail.com", "phone": "08320401935", "fodelsedatum": "20041221", "NIR": "1 59 07 38 690 216 61", "passeport": "20OW51350", "card_last4": "XXXX-XXXX-XXXX-2383", "remote_addr": "2606:4700:60F7:C786:6AA7:6669:D209:F2C2", "account_no": "5851120033"}','margaux.fontaine@gmail.com','$2b$12$E7kAjgry7qRfyM/aUglT0Z3mPLjsmLOOpOy3Ax8qTdQ5DxeolwcaT','2026-06-19 16:04:48'),(31078,'{"customer_name": "Lucía Ruiz", "contact_email": "l.ruiz@hotmail.es", "geburtsdatum": "20070611", "nif": "74034302Q", "passeport": "CNH556942", "pan_masked": "358295******0597", "ipv6": "2A03:2880:C2F7:901C:7A84:85ED:95AB:A3C8", "customer_id": "40977483044"}','l.ruiz@hotmail.es','$2b$12$0/d9fMZI5yTt29Pj1y6/zriQ242Iie2xn4olh4gFuDc54IO8AqR4z','2026-06-01 04:20:47'),(18094,'{"customer_name": "Lieke Smit", "Email": "smit.l@quillstack.dev", "updated_at": "02/09/2026", "bsn_nummer": "561459009", "passportNumber": "KFINNJVS5", "cc_number": "6011707239128261", "remote_addr": "2a0a:a540:f815::2de9:4086:4eab", "customer_id": "90779882"}','smit.l@quillstack.dev','$2b$12$egjuol2jpYG8z3L2Ry2uusEnIdA8SP0fG8Fw4vjEKa7YuoQJ0HZWe','2026-11-25 23:13:39'),(33784,'{"name": "Erika Musterfrau", "e_mail": "test.user61@test.invalid", "mobile": "+44 7700 900220", "signup_date": "25.03.2025", "bsn_nummer": "171901138", "cc_number": "2534340232940567", "bank_account_iban": "AT61 1904 3002 3457 3201", "last_ip": "::1", "PassportNo": "REDACTED", "is_test_account": "true"}','test.user61@test.invalid','$2b$12$KMj6FG3.CN5DguwG54V9PiNm4M2GoiHBdwFqXnjl7AE7aAHu0WhuG','2026-09-04 16:27:51');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(84452,'30537551048676','FI0540868899158991','Jürgen Oberländer','98dd636627121f5131a48be67dfb0363b7c84adb'),
(33725,'6509150320215375','DE25645561476975444590','Ingrid Holmgren','42aad7b3f837cd87ab8e739e461bfe439f77874b'),
(28620,'5105105105105100','NL74TRIO9032118592','Rhys Gwynne','834a3ca00138f36ac47d9c62ae283a3e5e2e13cb'),
(74254,'4878140021513747','NO0398681238421','Malte Oberländer','9d371fbcd4eef9740772848b0795047bc579bb4d');

CREATE USER 'report'@'%' IDENTIFIED BY 'fxNBLC;l9gvkY@';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'EiluqeOgjXJjYHMt';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '********';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-05-04 23:03:50
