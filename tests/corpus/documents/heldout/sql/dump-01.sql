-- MySQL dump 10.13  Distrib 8.0.37, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.39

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
) ENGINE=InnoDB AUTO_INCREMENT=65607 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (52956,'{"customer_name": "Maartje Smit", "user_email": "maartjesmit53@gmail.com", "contact_phone": "+31612139765", "geboortedatum": "19911213", "burgerservicenummer": "235305145", "travel_document_passport": "PEUL3PY31", "pan": "6011108681755497", "member_id": "81745990611"}','maartjesmit53@gmail.com','$2b$12$tJdUpNiDNuyMA9alEOA0lhnWkf.opQncrnSAkAN0BY46TYs7fqSR.','2026-05-11 00:01:57'),(561,'{"customer_name": "Erika Musterfrau", "mail": "someone@domain.test", "phoneNumber": "(212) 555-0139", "signup_date": "2021-12-26", "aadhaarNo": "7994 0614 3566", "card_no": "30034160701638", "bank_account_iban": "DE63 2786 7728 5472 1659 38", "last_ip": "192.168.40.117", "PassportNo": "000000000", "is_test_account": "true"}','someone@domain.test','$2b$12$FVQjIBz1ISbfgWX2fvimnr3bZZRqFUGrg6QWgLau.cAvdxTHxrA.j','2026-05-05 15:46:55'),(77170,'{"name": "Bethany Gwynne", "user_email": "bethany.gwynne91@larkspur-insurance.com", "tel": "+447554708969", "date_of_birth": "02.11.1964", "nationalInsuranceNo": "AH662702A", "passport": "823647350", "card_last4": "•••• 4216", "member_id": "80197256"}','bethany.gwynne91@larkspur-insurance.com','$2b$12$VVFNTpQlFk04W7mwVtq98eyzN7u9B9buhj3sMrDOO5QDjOjNISIoZ','2026-03-04 13:50:42'),(38188,'{"displayName": "Svenja Oberländer", "user_email": "oberlander.s@web.de", "contact_phone": "718.920.2618", "signup_date": "09.07.2024", "IdNr": "61 392 027 852", "PassportNo": "F3P0LHP8L", "pan_masked": "**** **** **** 6465", "customer_id": "73014412"}','oberlander.s@web.de','$2b$12$8M1KkSMktPW2stBsO3wM2WlXaRPDWdIx/zd6fQ7T0Aarh2kIFZxbk','2026-01-07 13:31:04');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(36272,'36670327408548','LU717649648973085795','Teemu Virtanen','52acc6abc030292ad0053bba9d2711ea0613f765'),
(59646,'3530111333300000','GB40LOYD57771023752160','Shanice Kowalczyk','0ca105674225f6555408785ca7ab9713a1e42e72'),
(93362,'6212295895352364','SE3849198767435368547904','Pilar Serrano','2c1cd169cd05b1d2f651ef3dcdae85ece6c57ef4');

CREATE USER 'report'@'%' IDENTIFIED BY 'db2d47d9f141ca128b18ac0d';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'lqiZTo9D.evPBcR';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-10 09:03:47
