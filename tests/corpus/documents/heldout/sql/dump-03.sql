-- MySQL dump 10.13  Distrib 8.0.32, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.40

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
) ENGINE=InnoDB AUTO_INCREMENT=64757 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (11004,'{"name": "Javier Serrano", "Email": "serrano.j@zenithfreight.in", "contact_phone": "+55 (31) 99773-9464", "date_naissance": "15/11/1987", "DNI": "Z-9902977-X", "passport_no": "WJL701695", "card_masked": "409172******0204", "account_no": "12727477664"}','serrano.j@zenithfreight.in','$2b$12$/imdphkfr9fTcUxlnR1RPRVJU4mVeqmdlXdfi0eOtENGzJdph7Rx1','2026-04-24 07:33:39'),(89106,'{"customer_name": "Teemu Laaksonen", "Email": "laaksonen.t@tallyhoapp.co.uk", "contact_phone": "+34968479381", "DOB": "May 24, 2005", "henkilotunnus": "230833V023J", "passaporto": "OF5408006", "creditCard": "6759486019097136749", "customer_id": "79199330749"}','laaksonen.t@tallyhoapp.co.uk','$2b$12$y9AnTsXXAztSGVD4zPtINfPCAuAgQpeLW/WaI0Dx9ik8r./AFJKEj','2026-06-12 07:10:10'),(63779,'{"full_name": "Bethany Threlfall", "e_mail": "bethanythrelfall98@sundsvall-energi.se", "telephone": "+44 20 8602 2946", "geboortedatum": "1991-07-14", "ni_number": "KS 21 07 80 C", "reisepass_nr": "160859615", "pan": "6011924306306148", "customer_id": "99600070"}','bethanythrelfall98@sundsvall-energi.se','$2b$12$T.gD8Ha51mS2kUHIZy4FKLJPMRt1hDXv894vaO0sMAsiflOFVXHmJ','2026-09-21 22:45:20'),(70113,'{"customer_name": "Erika Musterfrau", "mail": "icon-user@3x.webp", "phone": "555-0139", "created_at": "27/07/2022", "dni": "12345678Z", "card_number": "2223 0031 2200 3222", "iban": "NL61SNSB1423788234", "client_ip": "100.111.77.56", "passport_no": "N/A", "is_test_account": "true", "ssn": "078-05-1120"}','icon-user@3x.webp','$2b$12$7XsJglKxnXSVWiTfjtvOJmHvKEzhmUJ9S8UHyRwVXQs3d9xWoRmkm','2026-06-03 15:47:28'),(95787,'{"name": "Elsa Engström", "emailAddress": "engstrom.e@gmail.com", "date_naissance": "19 January 1942", "Personnummer": "790506-2936", "PassportNo": "18802358", "card_number": "6759465846590110", "account_no": "75756567"}','engstrom.e@gmail.com','$2b$12$GyDZlGvzhFGss6Mf.dRN6afxNF6Qm.8mjGSERyfQe5iIzCAggTmH6','2026-01-18 14:54:48');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(90185,'3573782227564253','ES8817383471187771043230','Sanjay Banerjee','41426734ee0cac69af11c15ed1d06794bce0bab5'),
(39419,'4111111111111111','DE24834076745132028253','Kavya Kulkarni','2146c3666ae77681e99b485019cc188032afa643'),
(50941,'371449635398431','IE56AIBK98702278199721','Lieke de Boer','70b6bde63cc68f6d24a6247116c0b049892ed7cd'),
(82243,'4339645705774913','NO6796675854031','Brent Okafor','bc03c1478a63a0b4f4be42e3dc2b95a9431b1f38'),
(71422,'6011111111111117','DE65484205593706261807','Álvaro Fernández','0711a1da86343e022eb3d778ef4c5c23ce5000e4');

CREATE USER 'report'@'%' IDENTIFIED BY 'Nebula566@';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'bLSk3krZ-6r7yiK';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '********';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-03-13 18:46:50
