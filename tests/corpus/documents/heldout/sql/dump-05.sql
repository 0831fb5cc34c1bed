-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.33

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
) ENGINE=InnoDB AUTO_INCREMENT=35812 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (97032,'{"displayName": "Torsten Hülsmann", "emailAddress": "t.hulsmann@web.de", "geburtsdatum": "August 4, 1999", "tax_id": "56510947320", "reisepass_nr": "K8KVGZ99T", "cc_number": "6761306948868747", "customer_id": "6184616071"}','t.hulsmann@web.de','$2b$12$ul3KfE3.fV6AkGR5xtwsT8AfE5fdqrSpNbPONKLdmiIQExfZo3wYt','2026-03-03 16:03:29'),(28352,'{"name": "QA Automation", "Email": "<email>", "mobile": "555-0158", "created_at": "03/08/2021", "bsn_nummer": "251308512", "cc_number": "4014 **** **** 9621", "bank_account_iban": "PL93179068730388879292915711", "client_ip": "172.23.167.108", "passport_number": "000000000", "is_test_account": "true"}','<email>','$2b$12$nJXSFpu2HEQz98yLAIK7G2R0EXRnX7czzmfvYBN4jUTZdpscZJ5yX','2026-01-04 01:04:01'),(28859,'{"name": "Bethany Ashworth", "mail": "b.ashworth@zenithfreight.in", "created_at": "14/10/2021", "nino": "MY 31 06 58 B", "PassportNo": "377318516", "card_masked": "482676******9374", "last_ip6": "2001:41d0:df64::c705:d0b3:8c88", "account_no": "17885212"}','b.ashworth@zenithfreight.in','$2b$12$iP1IULBpBMW.3U9etQKlsVQ3dwBw2GwgM2PvimuBgqumA4YgreoxA','2026-08-27 08:13:38'),(87871,'{"displayName": "Linnea Holmgren", "email": "linnea.holmgren72@gmail.com", "phoneNumber": "+46 8 684 85 70", "syntymaaika": "14. Juli 2006", "Personnummer": "360614-5971", "passeport": "27880497", "card_number": "370949275014439", "account_no": "6786392872"}','linnea.holmgren72@gmail.com','$2b$12$678bTnh8Gwt7vgB6YF75IHn7EEAM3Rd2K5VY18POY2TWZz6xe.Eyi','2026-02-22 15:52:37'),(39343,'{"full_name": "Sergio Ruiz", "emailAddress": "s.ruiz@sundsvall-energi.se", "cell": "+81 3-4358-0652", "updated_at": "22.08.2019", "nif": "73186461-R", "cc_number": "6202-0673-9316-6212", "remote_addr": "2600:1f18:af75::f298:e031:cd75", "account_no": "4288196747"}','s.ruiz@sundsvall-energi.se','$2b$12$cqSZaLQ.k4W9bTt4X0PCox7DXzkUAyg07lf59IljKIVSy6mvSSomv','2026-09-09 02:13:05'),(19107,'{"full_name": "Rahul Iyer", "email": "rahuliyer18@kestrel-analytics.com", "date_of_birth": "15.07.1944", "aadhaar": "7333 6034 9578", "passaporto": "Z3498945", "pan_masked": "555429******7277", "ipv6": "2606:4700:5615::61b1:6db2:d88e", "customer_id": "73616251624"}','rahuliyer18@kestrel-analytics.com','$2b$12$p9KxfcW/aI.EQuTq.Jqf0UhdeYzOR/yJuCVxSXXFfkIfklBf4OtAa','2026-09-09 06:59:23');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(51191,'4242424242424242','BE26695849118463','Dustin Vasquez','49fd3ad5a73cdc42881b76a83be47f09282ccaf7'),
(80989,'4943751346606387','ES8427086050104429574077','Magnus Nyström','127f581a4c1eedba9492c7c5093c454b855bb2e5'),
(35193,'378569712971231','IT02X0794068950687351375666','Anders Nyström','0a8d900955f92e934db3fea730878dd7d7111831'),
(10391,'5105105105105100','DE13215505430791115364','Malte Schäfer','ba7458f0e3d6d713f5a2a496a04f71952ffc5e24');

CREATE USER 'report'@'%' IDENTIFIED BY 'Quokka1968*';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'nThujalx_pkGG6W';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-11 08:42:28
