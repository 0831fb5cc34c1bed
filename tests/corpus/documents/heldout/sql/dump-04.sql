-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=57551 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1125,'{"name": "Alessia Esposito", "email": "alessia.esposito68@libero.it", "contact_phone": "+44 7558 769695", "birthDate": "3 September 1973", "codice_fiscale": "GRHCBA47C59H501O", "passport": "BH4528291", "pan": "5494691301277503", "customer_id": "88611523"}','alessia.esposito68@libero.it','$2b$12$SjAj8m0tFgxNfBEpJ9rCwFypyZTRO.RN3dyTx13NOAp3C8y6sla/X','2026-05-16 17:00:10'),(95331,'{"name": "QA Automation", "Email": "user@localhost", "cell": "+44 20 7946 0752", "created_at": "2024-04-28", "pnr": "780707-4751", "cardNumber": "3566 0020 2036 0505", "bank_account_iban": "GB82 WEST 1234 5698 7654 32", "client_ip": "127.0.0.1", "reisepass_nr": "XXXXXXXXX", "is_test_account": "true"}','user@localhost','$2b$12$QHEXTUOi1Bu6uCZIRsoTpec9u1JzUmtm7PHXHMVHe3LpuA/yx7G2X','2026-05-19 08:58:41'),(12868,'{"customer_name": "Bernd Hülsmann", "mail": "bhulsmann@gmx.de", "birth_date": "20010509", "tax_id": "28716906544", "passportNumber": "JFPM55246", "card_masked": "620835******6837", "customer_id": "43415876567"}','bhulsmann@gmx.de','$2b$12$7x7/ZXpx4t3trrxCeJMV91ld9YNZAylVN6GKdRtZN8MT3CYWnZnJd','2026-05-08 23:29:42'),(52656,'{"full_name": "Erika Musterfrau", "Email": "logo@2x.png", "contact_phone": "555-0170", "signup_date": "08.12.2025", "bsn_nummer": "127209159", "creditCard": "3528 5944 4643 0388", "iban": "GB82WEST12345698765432", "last_ip": "192.168.174.162", "pasaporte": "REDACTED", "is_test_account": "true"}','logo@2x.png','$2b$12$C5TpmK.yLx4jxz.q76pyR8C1hJ8im7mI78DigxDW71BamitmP1jjw','2026-08-17 19:38:10'),(29605,'{"name": "Bradley Lindqvist", "emailAddress": "bradley_lindqvist@icloud.com", "cell": "+1 415-748-1922", "fodelsedatum": "19980828", "socialSecurityNumber": "144-43-1655", "travel_document_passport": "577793096", "card_last4": "**** **** **** 0651", "account_no": "6008233511"}','bradley_lindqvist@icloud.com','$2b$12$4ay7kTJlht/LwNE45mD67vpA3ys/SKvd5vEvI9V2UFtPGdxRNPQiS','2026-10-26 03:14:21'),(34733,'{"full_name": "Max Mustermann", "mail": "<email>", "phoneNumber": "01632 960025", "created_at": "12.04.2020", "cf": "PNLCZI91P19A944O", "cc_number": "•••• 5542", "payout_iban": "IT60 X054 2811 1010 0000 0123 456", "ip_address": "172.23.8.64", "passport": "<on file>", "is_test_account": "true", "ssn": "219-09-9999"}','<email>','$2b$12$7hFNks/wzbXO8G1CM/ApMFbn.uU8Naty0w1p0mOuLdnhuIcMc0Hmg','2026-09-15 04:06:14'),(11684,'{"displayName": "Amélie Moreau", "Email": "a.moreau@sfr.fr", "tel": "+33757448084", "birthday": "01/02/1969", "numero_securite_sociale": "1 81 12 94 397 866 65", "PassportNo": "11FW78005", "cardNumber": "4871 1047 2946 3172", "account_no": "4693102723"}','a.moreau@sfr.fr','$2b$12$0yVxrJJ6jgdXEUNoDZQNiGIxmUG0GwA.JGD5sBlthz4wL55hq2hcQ','2026-07-19 14:16:52');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(63911,'4346689312354640','SE2019475882552117011488','Ananya Reddy','37e05d82382f66e3a7b16109fadd639788b7c6b1'),
(19730,'5018593323709991','IT30D0313534520226273641160','Giulia Bianchi','68dcab46b869d0625f45da27d2f25e5e13ec881f'),
(36066,'6287705442616137','DK7297275765044198','Alistair Threlfall','2cc5e029444f8969068233992d2565ae33de1304');

CREATE USER 'report'@'%' IDENTIFIED BY 'violet-orbit-mosaic-violet78';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'A5qlQMXYagfpi';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-06-26 02:32:20
