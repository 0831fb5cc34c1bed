-- MySQL dump 10.13  Distrib 8.0.31, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
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
) ENGINE=InnoDB AUTO_INCREMENT=30981 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (5238,'{"displayName": "Kavya Menon", "user_email": "kavya.menon71@yahoo.co.in", "mobile": "+91 73724 37384", "dob": "December 7, 1998", "aadhaar_number": "897468750450", "pasaporte": "N5601933", "card_masked": "XXXX-XXXX-XXXX-4615", "member_id": "72364685"}','kavya.menon71@yahoo.co.in','$2b$12$6slidUsTHmJ1IWhEUI2INAw/1h9obqgoRSnAtAncw/7P5XZmGTLjM','2026-11-14 18:43:15'),(36167,'{"customer_name": "Joost Bakker", "mail": "j.bakker@kpnmail.nl", "contact_phone": "010-6941781", "fecha_nacimiento": "February 15, 2002", "burgerservicenummer": "2206.14.428", "passeport": "KU4H04LX8", "card_masked": "**** **** **** 6815", "member_id": "21980898941"}','j.bakker@kpnmail.nl','$2b$12$fHDc9iDYGurvkQPvrZ1KLqksdBulqHD7IQzzSuTPtg.pAp/yLM2Rn','2026-02-18 23:14:14'),(23891,'{"customer_name": "Callum Gwynne", "user_email": "callum_gwynne@outlook.com", "msisdn": "+44 20 8241 4181", "fecha_nacimiento": "1964-09-20", "ni_number": "ZA523655B", "passport_no": "723757070", "card_number": "4119 9506 7580 6554", "member_id": "30854133"}','callum_gwynne@outlook.com','$2b$12$Yyre/2ykXrjTBVeADZ3leZ.Fqo755UmjMBSg7OFoG2HLDD0MWxXHt','2026-05-12 20:37:03'),(42388,'{"name": "Erika Musterfrau", "emailAddress": "admin@localhost", "contact_phone": "+61 491 570 158", "created_at": "04/06/2022", "burgerservicenummer": "204311283", "pan": "2502981998668293", "bank_account_iban": "FR30 2308 6078 5112 6797 8841 844", "ip_address": "fd32:fe27:497d::b1c7", "travel_document_passport": "REDACTED", "is_test_account": "true"}','admin@localhost','$2b$12$0eocKBHNo4NtjE7BSJFOErDAlHWpH/aZum7zCQ1z1qr4RGh9Qa6//','2026-01-06 05:41:05'),(32342,'{"customer_name": "Jane Doe", "email": "test.user43@test.invalid", "tel": "+44 20 7946 0737", "created_at": "03/05/2025", "personal_identity_code": "280293-802V", "card_no": "4000 0000 0000 9995", "payout_iban": "CH7603637527559061323", "ip_address": "::ffff:10.208.89.43", "reisepass_nr": "REDACTED", "is_test_account": "true", "ssn": "111-22-3333"}','test.user43@test.invalid','$2b$12$DTD9tniPEXdyPckGv2j.Grhefnv7uD0Jj/K3l8jzOSy8R02C4DvqX','2026-05-23 10:01:25');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(89073,'5397117096437639','ES0600829512297855944441','Deepika Sharma','f1d40e85ac05590ece40dccc5247e2747437ce9c'),
(84565,'36887853007365','SE7461721131179751369001','Tanisha Kowalczyk','83d764f643bd4940f0311c4fda341c4da659635b'),
(20088,'4242424242424242','NL56ASNB3357050262','Rahul Reddy','4d37f6925f991ec5099e366ca1df4bd711b7e45a'),
(13921,'375506684693669','NO3189527977253','Satu Korhonen','c62fea87d5460b03c4c71c172e82c801f2f1fae9');

CREATE USER 'report'@'%' IDENTIFIED BY 'Nwo+QUzIvu=2wT1';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'WgJvFDi7.LaFSaG';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-06-20 06:03:47
