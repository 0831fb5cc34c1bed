-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

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
) ENGINE=InnoDB AUTO_INCREMENT=25988 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (88935,'{"displayName": "Sanjay Menon", "contact_email": "sanjay_menon@gmail.com", "telephone": "+91-8947958860", "date_of_birth": "1989-12-01", "AADHAAR": "8314 7478 4151", "travel_document_passport": "K6861084", "pan_masked": "•••• 7815", "last_ip6": "2c0f:fb50:e8c9:a2f3:ac31::", "account_no": "62335116"}','sanjay_menon@gmail.com','$2b$12$KiJ7M2JuyO/gE.FKEDe3jJuIUjOaOCgSwQGdHT9qgu5qdvBaspZei','2026-10-26 11:58:29'),(3201,'{"customer_name": "Malte Wendt", "e_mail": "malte_wendt@polderbank.nl", "birth_date": "03/09/1965", "steuerliche_identifikationsnummer": "71 484 239 563", "passeport": "JZN7MMTMF", "card_number": "4871296237550514", "last_ip6": "2a01:4f8:68b:6a4c::b4bf:1037", "customer_id": "7503432059"}','malte_wendt@polderbank.nl','$2b$12$Xh7zKGPdT6IUwPxfn29INh5bApl4n0KXl0IhMW7ReWaR.Y6.XmEYF','2026-06-27 12:54:50'),(77504,'{"customer_name": "Yannick Rousseau", "Email": "yannick.rousseau82@sfr.fr", "tel": "05 83 61 44 61", "geburtsdatum": "10 December 1958", "NIR": "1 89 08 2A 189 320 78", "passeport": "19ZC36497", "card_last4": "XXXX-XXXX-XXXX-3469", "account_no": "1286381779"}','yannick.rousseau82@sfr.fr','$2b$12$QIVINmvskK0l/7bmywArztAvkEc5lpYn8xyd.uPB9lr/BQoy8EVoz','2026-05-14 17:57:51'),(36386,'{"full_name": "Jane Doe", "user_email": "<email>", "phoneNumber": "+44 20 7946 0470", "last_login": "08.11.2022", "numero_securite_sociale": "163032B34467391", "card_no": "2712 **** **** 7396", "payout_iban": "IT60 X054 2811 1010 0000 0123 456", "last_ip": "fe80::7ea:2c6a:8fd0:ee06", "reisepass_nr": "<on file>", "is_test_account": "true"}','<email>','$2b$12$TD1aM7Z2Ien/S6nu0YYgPZ.TjJBMdZqj676tJER64aQkf1UcVHzla','2026-09-11 07:56:01'),(57164,'{"displayName": "Rocío Castillo", "emailAddress": "rcastillo+news@cobaltpay.eu", "dob": "26 December 1964", "nie": "56.463.852-W", "travel_document_passport": "MXI046487", "card_last4": "**** **** **** 0465", "ipv6": "2001:41d0:ceca:b188:5a0d::4025", "account_no": "9417603208"}','rcastillo+news@cobaltpay.eu','$2b$12$WLIGDDDUwVPvl7.IrOg2IbVAF4wJljV7R3.Fp6m9Yxxfz/84bqAxP','2026-11-07 14:10:11'),(87569,'{"displayName": "Harriet Fairbairn", "Email": "fairbairn.h@nordhafen-logistik.de", "fodelsedatum": "1941-12-24", "NINumber": "MX877298A", "reisepass_nr": "152909674", "creditCard": "4282-9728-8451-2626", "ipv6": "2607:f8b0:bd90::46a8:b665", "member_id": "61212470943"}','fairbairn.h@nordhafen-logistik.de','$2b$12$/8iXmoly4GS55coljeQ9QN/vm8nK6Y6uyeSnu/IdgMyxY97yJe1ek','2026-09-17 01:33:45');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(99699,'6011597373430833','CH2201984120007585289','Siobhan Rowntree','91f608ddf291df108f44e2410f62cfa076e16d44'),
(55193,'6532108032476082','IT08F0276647117966634963778','Femke Visser','4068dd03cf21ccb629541d3c361e39161a6f9b60'),
(47500,'6270362452425703','PT16484518380219395494054','Magnus Lindström','9d6a2653e2d3ab4e58f53de62e1e6a1daae38c3e');

CREATE USER 'report'@'%' IDENTIFIED BY 'Copper1625&';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'gQPUWyVK.44HRMZ';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-05-14 10:00:43
