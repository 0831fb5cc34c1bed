-- MySQL dump 10.13  Distrib 8.0.34, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=89772 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (31684,'{"name": "Test User", "e_mail": "max.mustermann@beispiel.example", "phoneNumber": "0491 570 158", "last_login": "17/08/2026", "numero_securite_sociale": "102120698359102", "cc_number": "4000 0000 0000 0002", "IBAN": "ES91 2100 0418 4502 0005 1332", "last_ip": "2001:db8:13a9::c", "passaporto": "REDACTED", "is_test_account": "true", "ssn": "612-00-3638"}','max.mustermann@beispiel.example','$2b$12$soQrIxUbCl/70f2hfpK9iZwgeszVxMfcb2s1iJ5q2wmesEgRo5eh5','2026-03-11 06:38:48'),(70269,'{"displayName": "Jennifer Delgado", "e_mail": "jennifer.delgado76@gmail.com", "birth_date": "20050924", "socialSecurityNumber": "773 81 4106", "passport_number": "565672192", "card_last4": "XXXX-XXXX-XXXX-0479", "remote_addr": "2606:4700::3bc:685d:c5e6", "customer_id": "58165114"}','jennifer.delgado76@gmail.com','$2b$12$YR2S7/r96y/qwYgLm2SgeFN22Z6RdxtG6puvmugDAVcqOdVp1w7HN','2026-10-02 21:05:07'),(20092,'{"full_name": "Davide Colombo", "emailAddress": "dcolombo@gmail.com", "contact_phone": "02 1150 0697", "date_naissance": "08/06/1973", "tax_code": "DHGLFT75P49L219E", "passport_number": "ZE8636663", "pan_masked": "XXXX-XXXX-XXXX-5132", "remote_addr": "2001:41d0::2555:e775:f40d:b5d6", "member_id": "27776552"}','dcolombo@gmail.com','$2b$12$9hHjeLVD8y9/p2h9bNC.v20LQ3gIo01csjz7dPnyay/vZOaw2Yjah','2026-04-15 14:55:39'),(47003,'{"name": "Test User", "Email": "dabtgy@example.com", "contact_phone": "+1 415 555 0176", "last_login": "05/01/2020", "dni": "65649301Y", "cardNumber": "6245 **** **** 0405", "IBAN": "PL77052914710892581304286940", "client_ip": "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "pasaporte": "XXXXXXXXX", "is_test_account": "true", "ssn": "219-09-9999"}','dabtgy@example.com','$2b$12$sEJW9qkrKLCg0cpLWhVgGBsJpBini.6ySU6tc4lJ718pZ7ZgTulGM','2026-02-10 21:37:01'),(30941,'{"name": "Thibault Fontaine", "emailAddress": "thibault.fontaine@free.fr", "fecha_nacimiento": "1988-04-22", "NIR": "202043358406118", "passportNumber": "13QU92297", "card_masked": "6761 **** **** 7128", "account_no": "23516245436"}','thibault.fontaine@free.fr','$2b$12$xOUjvrk/xUOSlDBc4HQ4NbOYTo4ECHEwZAtluho.03tasCy2H97oa','2026-10-09 07:34:11');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(48500,'4000000000009995','ES2500847520322740351116','Sanjay Banerjee','6cd25919b7162459a460fd8ca7894042a857f05a'),
(87165,'6277478715436672','DE45391891815239476606','Anders Bergqvist','176285c2bd5261c9df933e36b9a28c2d1e2b9d27'),
(69251,'5020270490276569','BE51048450623562','Siobhan Cartwright','98241c76adc6b521e950fe18495cae78185535f2'),
(72658,'5440040044973793','IE31BOFI90846370549208','Chiara Esposito','209ede82b0a4d7ca98dc7ad5434b1c113729a217'),
(19902,'345007122085565','IE87BOFI96209753357942','Oliver Ashworth','2e1d4d15495e7cc97b603e85467ab762ec513120');

CREATE USER 'report'@'%' IDENTIFIED BY 'KCAbuC;TM6ReE!';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Pinguin354#';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-03-09 23:34:48
