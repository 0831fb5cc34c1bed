-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.35

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
) ENGINE=InnoDB AUTO_INCREMENT=5772 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (76085,'{"customer_name": "Björn Wallin", "Email": "wallin.b@telia.com", "phoneNumber": "08-485 36 82", "syntymaaika": "11.09.1992", "person_nr": "199008203789", "passaporto": "75111358", "cc_number": "4828-6010-5883-7318", "account_no": "3060525608"}','wallin.b@telia.com','$2b$12$b4M.iCippck492AYOtjBn0AU8Hgve9hPUakJ1cKJikyp5q3mZUNN/','2026-06-10 03:15:10'),(8094,'{"name": "Kaisa Salminen", "email": "k.salminen+jira@outlook.com", "msisdn": "050-4551544", "hire_date": "2023-07-14", "henkilötunnus": "230511A362C", "passport_number": "GQ5244350", "pan_masked": "**** **** **** 4955", "member_id": "75975720"}','k.salminen+jira@outlook.com','$2b$12$W/ZoyQWBAGMOFLjW1nRYxYBNfcP/p8LYjxGiHzAxPF8wLrLmNXc0M','2026-07-26 15:50:18'),(36692,'{"customer_name": "Lucía Ortega", "email": "lucia.ortega92@hotmail.es", "phone": "934 581 911", "geburtsdatum": "05/08/1963", "DNI": "79461949P", "passport": "QIY042245", "cc_number": "4349 5922 8157 4432", "member_id": "85946725"}','lucia.ortega92@hotmail.es','$2b$12$gt7EOhOaB7sY82mdyWszqNjZzscqijTYo1UONmmVNpDB6JG/c50UW','2026-06-25 15:58:07'),(473,'{"customer_name": "Thijs Bakker", "e_mail": "thijs.bakker@tallyhoapp.co.uk", "phone": "+31661786384", "birthday": "March 22, 1975", "burgerservicenummer": "464057851", "passport_number": "ZSZPWC7G2", "pan": "4541-5406-2028-6172", "member_id": "96860181"}','thijs.bakker@tallyhoapp.co.uk','$2b$12$qpETxFDenykyh62wn4E1R7jPH8k7tqKH.xcwBmkjBPdt3/N8EFj9S','2026-01-11 11:11:42'),(5317,'{"displayName": "Thibault Perrin", "email": "thibaultperrin18@free.fr", "phone": "+33 (0)4 96 72 44 55", "DOB": "1961-03-18", "numero_securite_sociale": "2 65 05 76 712 101 54", "travel_document_passport": "21NL15863", "card_masked": "6289 **** **** 5834", "account_no": "24272817838"}','thibaultperrin18@free.fr','$2b$12$vx3av4vuK4FJZLOtuyZbQdnTW3eOGAIzfl3.00XGCA42RFZKoyVEn','2026-09-25 17:30:29'),(84953,'{"customer_name": "Anke Kessler", "email": "anke_kessler@t-online.de", "cell": "0171 55495623", "birthDate": "1981-03-09", "steuer_id": "99237140565", "reisepass_nr": "FYHW1W1XH", "card_last4": "4237 **** **** 6487", "member_id": "71569353"}','anke_kessler@t-online.de','$2b$12$AY9cg0LiNGKRdlndxt8wpbs5gY5.EzDKfq0JxLDEo4r8FoCTNZIS3','2026-04-13 04:59:50');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(43606,'4242424242424242','NO6697647043657','Arjun Kulkarni','1d1c3f19e6f5f751266b337c2fa6c2695a844229'),
(80272,'6011000990139424','LU412651744240297860','Heike Brockmann','2782bcb6643a571da615a3b9b716a3538b2626ef'),
(22559,'345133301207229','DE05246235931889735814','Mikko Laaksonen','89b24db887621916368543d367a0a10a023dc720');

CREATE USER 'report'@'%' IDENTIFIED BY 'zWvfaUj2G6Zcj!4RTb';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'K8LZUhjgqX815ZfPia';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-06-25 18:02:18
