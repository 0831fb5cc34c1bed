-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=48516 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (40812,'{"displayName": "Jürgen Hülsmann", "user_email": "jurgen_hulsmann@web.de", "phoneNumber": "0163/3020161", "birth_date": "06/18/1939", "IdNr": "53 864 197 052", "passport": "KVFTKRV9C", "pan_masked": "XXXX-XXXX-XXXX-9455", "customer_id": "8760318540"}','jurgen_hulsmann@web.de','$2b$12$0AU8Hgve9hPUakJ1cKJikyp5q3mZUNN/snPfV2rQOz7VEP5RDK.M4','2026-01-10 12:51:51'),(66703,'{"full_name": "Latoya Brennan", "e_mail": "latoya.brennan78@gmail.com", "phoneNumber": "(702) 825-5973", "fecha_nacimiento": "11. Juli 1941", "social_security_number": "483-95-2841", "passport": "523442152", "pan_masked": "601122******1080", "account_no": "74236301"}','latoya.brennan78@gmail.com','$2b$12$fcP/p8LYjxGiHzAxPF8wLrLmNXc0M0/kPfZsInMoAprBgv1GyyB2g','2026-03-11 20:49:12'),(54027,'{"customer_name": "Erika Musterfrau", "emailAddress": "user@localhost", "phone": "01632 960809", "signup_date": "08.04.2023", "BSN": "580580676", "cardNumber": "4012 8888 8888 1881", "kontonummer_iban": "NL91ABNA0417164300", "client_ip": "::ffff:10.38.27.225", "PassportNo": "<on file>", "is_test_account": "true"}','user@localhost','$2b$12$UWp.OCaHnhB9N7/IknwPEMtS623PFOdxj.lWyozwHaucpE.MUUG0H','2026-07-05 01:10:58'),(87925,'{"name": "Amélie Moreau", "email": "moreau.a@free.fr", "contact_phone": "+33766787514", "birthDate": "1997-05-04", "num_secu": "2 99 06 13 803 910 58", "passport": "17MH49587", "card_masked": "374522*****6791", "member_id": "1049720552"}','moreau.a@free.fr','$2b$12$1FfrckvyZKJ6.EQRs6dywi40FN2.it0XTLcsZlMX1tPE./4rve75I','2026-05-05 15:50:47'),(1426,'{"customer_name": "Dirk Oberländer", "mail": "d.oberlander@t-online.de", "msisdn": "0221 28812376", "geboortedatum": "27/05/1967", "steuerliche_identifikationsnummer": "72465330894", "PassportNo": "C929CCXZ9", "cc_number": "5132 6981 5620 4886", "account_no": "23380752"}','d.oberlander@t-online.de','$2b$12$4bJhvFfMwGlTzAdhO.t4ZCiYid0dQrQiLMtPtqZY2pP8QMNsiQ/M3','2026-10-14 18:29:06'),(43533,'{"name": "Deepika Menon", "user_email": "deepika.menon@tuulivoima.fi", "tel": "+91 75426 85893", "fodelsedatum": "21. September 1962", "aadhaar_number": "6644 4135 2336", "reisepass_nr": "K1831106", "card_number": "5248 5143 9685 7659", "account_no": "88437706013"}','deepika.menon@tuulivoima.fi','$2b$12$0JxLDEo4r8FoCTNZIS3ZzSAXIGu6oWi6ptU8KailQafxD19ssG0Ex','2026-02-18 15:46:03'),(43242,'{"customer_name": "QA Automation", "Email": "logo@2x.png", "phoneNumber": "+61 491 570 156", "signup_date": "2022-07-24", "henkilotunnus": "200584-166S", "card_no": "4012 8888 8888 1881", "debtorIban": "AT61 1904 3002 3457 3201", "client_ip": "0.0.0.0", "passport": "<on file>", "is_test_account": "true"}','logo@2x.png','$2b$12$NWMgvKaIb49GA8iEocGPXE5VQlNgJVrsDN4R3ejluJQ1ujgeZJFmG','2026-04-04 06:53:57');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(76310,'3534279358058095','DK7358960784441367','Kaisa Mäkinen','7658d1e678fe4462bec55cabcf7dd0895fcd9943'),
(12643,'341993158026330','BE45380527596820','Sanne van Dijk','2eb1d23610fda9d6f62707533497b35b202c1d76'),
(23292,'4462037031217768','CH0501399703277586569','Ingrid Sjöberg','136759e3849b2a0444435317c5101562d47569d6'),
(13021,'3541876195740285','NO4901235558871','Oliver Cartwright','ae8ca2694baf45ba46e3b1a98d4466a2b43bc032');

CREATE USER 'report'@'%' IDENTIFIED BY 'Saffron460!';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'yTxSJmd8-iP0CJO';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-09-13 12:22:22
