-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=23310 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (27577,'{"name": "Erika Musterfrau", "user_email": "rirvoc@example.com", "phoneNumber": "+44 20 7946 0109", "last_login": "27/10/2026", "pnr": "560812-2497", "cc_number": "4242 4242 4242 4242", "bank_account_iban": "FR14 2004 1010 0505 0001 3M02 606", "ip_address": "::1", "pasaporte": "000000000", "is_test_account": "true"}','rirvoc@example.com','$2b$12$UlGxQgbA7WheOI9/JNAn5lPUdqyJTlnbuGU0IVoG.J7HQdQWXzZ0e','2026-09-17 22:03:05'),(60286,'{"displayName": "Pilar García", "contact_email": "pilargarcia21@hotmail.es", "mobile": "995 116 592", "birth_date": "21. Juni 1962", "documento_identidad": "25157338F", "reisepass_nr": "ECC676991", "pan": "6226 4768 5719 5090", "member_id": "90715570"}','pilargarcia21@hotmail.es','$2b$12$V4SWnwMkmYLRUGbIHdr7wvX5VL75ULzOw29Rg9vK6viQX9LeRmIoB','2026-04-08 13:45:44'),(10135,'{"displayName": "Matteo Ferrari", "emailAddress": "matteo.ferrari@larkspur-insurance.com", "birthday": "19820516", "codice_fiscale": "YZSDPU66M08L219B", "PassportNo": "SA4859772", "card_last4": "XXXX-XXXX-XXXX-7161", "customer_id": "5707908809"}','matteo.ferrari@larkspur-insurance.com','$2b$12$dOyYrhKAVE9v36EoU5JHU1P.Z8L7uSVJ.egUPHNVe/p6HdOOHVj9I','2026-04-22 17:20:57'),(62758,'{"customer_name": "Gaëtan Rousseau", "user_email": "g.rousseau@verdanthealth.org", "tel": "01 88 93 60 77", "geburtsdatum": "1946-02-09", "nir": "2 55 05 31 507 960 66", "passeport": "14IV16321", "pan_masked": "•••• 5133", "account_no": "21477208"}','g.rousseau@verdanthealth.org','$2b$12$/2HK5bKlmeqHZu3t60HkXVEvMIkzJhnqM6gr4lk99WKMjucGNrdZw','2026-03-06 05:55:18'),(61305,'{"displayName": "Elsa Bergqvist", "user_email": "bergqvist.e+jira@polderbank.nl", "msisdn": "+46 8 547 12 32", "date_of_birth": "03/21/1986", "pnr": "19880274-4667", "card_masked": "6556 **** **** 2085", "account_no": "42586892"}','bergqvist.e+jira@polderbank.nl','$2b$12$3jZ2PmHD2SWv0T21eYNvYa/YZHnG6ApWT8i1/BXAMFwCmdKW4ET9b','2026-04-23 14:35:18'),(41397,'{"name": "Erika Musterfrau", "mail": "logo@2x.png", "phone": "0113 496 0545", "last_login": "15.03.2022", "num_secu": "168013317812486", "card_number": "3797-201438-62886", "payout_iban": "FR14 2004 1010 0505 0001 3M02 606", "last_ip": "::ffff:10.149.130.64", "passportNumber": "<on file>", "is_test_account": "true"}','logo@2x.png','$2b$12$WE3wQ3WuEYCMSoPHUIQ3mbJJv3E20X0JgKVANDMxQ/AhExHZefl5x','2026-01-25 22:22:58'),(25937,'{"customer_name": "Dustin Okafor", "Email": "dokafor@comcast.net", "phone": "+1 305-794-3614", "updated_at": "2024-06-11", "ss_number": "895-56-6809", "passport_number": "E30181519", "creditCard": "6541419715921305", "member_id": "32780541"}','dokafor@comcast.net','$2b$12$FurwO1QevAtUa87AdA4DvmHyoKnoTp8rwjze19esoW1jCVugq3th9','2026-07-04 11:02:04');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(49553,'30008539807708','DE69484689417461018110','Rhys Fairbairn','82894ac32a395a5f882eb121c4811d618ae59a8d'),
(40558,'4242424242424242','DE93569851542895876850','Heike Schäfer','4f19f849f41d6f1bc8b3d6cfb6e995ca64c82751'),
(35271,'3530111333300000','DK4576692232146051','Matteo Ricci','150fcb9477a95152d2cc35da38f901683387a739'),
(65278,'30012415654754','SE3733237962993784014586','Ingrid Wallin','030fd38991542512b93757e5bcd0c72a6e1f11a8');

CREATE USER 'report'@'%' IDENTIFIED BY 'Pinguin1624-';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'GsXKyC7o_gpX27s';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-09-29 22:51:33
