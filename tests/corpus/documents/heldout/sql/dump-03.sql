-- MySQL dump 10.13  Distrib 8.0.38, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.31

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
) ENGINE=InnoDB AUTO_INCREMENT=15587 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (11730,'{"displayName": "Kaisa Mäkinen", "Email": "kaisa.makinen89@gmail.com", "cell": "041-4140663", "geburtsdatum": "17 September 2005", "personal_identity_code": "180493-427L", "passport": "IJ2833698", "cc_number": "3555-3642-1844-0116", "member_id": "48395403"}','kaisa.makinen89@gmail.com','$2b$12$7tG2KNZFA90ql0Y/ZJdCdUONSneuNVtKAKxH2ca0Kt9FaITM/6zOc','2026-03-26 19:11:16'),(48765,'{"customer_name": "Max Mustermann", "emailAddress": "${SUPPORT_EMAIL}", "mobile": "+61 491 570 158", "last_login": "05.01.2024", "nationalInsuranceNo": "BG137684A", "cc_number": "•••• 6824", "payout_iban": "AT61 1904 3002 3457 3201", "last_ip": "fdef:83a2:c8b3::54e0", "passaporto": "<on file>", "is_test_account": "true"}','${SUPPORT_EMAIL}','$2b$12$qQZ7MtErmj1QQZZpJuTOsxBNLb9cBQpPUbQhLykmlT7WeEScUXSQ.','2026-04-11 08:49:22'),(40356,'{"customer_name": "Bernd Rietdorf", "contact_email": "bernd.rietdorf@t-online.de", "msisdn": "(0351) 87173133", "birthDate": "6 April 1969", "steuer_id": "76521463908", "passaporto": "FYNYY84VW", "card_no": "3481 594435 94846", "account_no": "9993232864"}','bernd.rietdorf@t-online.de','$2b$12$R1RPRVJU4mVeqmdlXdfi0eOtENGzJdph7Rx1bdZTbtoWp.gHGNgE4','2026-05-06 01:14:25'),(35076,'{"name": "Erika Musterfrau", "contact_email": "someone@domain.test", "phone": "+61 491 570 159", "last_login": "03.01.2025", "codice_fiscale": "XTFZKX99L55H501Q", "cc_number": "6295 **** **** 8866", "payout_iban": "IT60 X054 2811 1010 0000 0123 456", "last_ip": "::1", "passeport": "000000000", "is_test_account": "true", "ssn": "000-21-6844"}','someone@domain.test','$2b$12$XmO231qWYj7ClQpH.X9QUJ3QS61y2JQd0ZtU0kHXsxZjfFzZBxNiG','2026-04-17 19:27:53'),(54348,'{"name": "QA Automation", "email": "<email>", "phone": "0491 570 158", "last_login": "2025-05-23", "ssn": "123-45-6789", "creditCard": "2223 0031 2200 3222", "kontonummer_iban": "IT52F0400307304557884917437", "last_ip": "192.168.216.233", "passport_no": "000000000", "is_test_account": "true", "ssn": "123-45-6789"}','<email>','$2b$12$GVDpDEEHO9qPLhA33FPVB41LvTb4VD5bQN.FHkHPwzhQ2/X6DTyD7','2026-09-06 11:04:45'),(32645,'{"full_name": "Rocío Ruiz", "e_mail": "ruiz.r@hotmail.es", "dateOfBirth": "1976-03-18", "documento_identidad": "78698808F", "passaporto": "FSZ913315", "card_number": "3574 9926 2225 6392", "account_no": "35249445177"}','ruiz.r@hotmail.es','$2b$12$VKOGRtlJmPSKDVx7BqPn9PjEGt4sjWekJIGNClwsmytEMOM3PUeBV','2026-09-21 19:55:12'),(81663,'{"customer_name": "Sanjay Sharma", "user_email": "sanjaysharma73@yahoo.co.in", "phone": "+917618170685", "geboortedatum": "1971-01-28", "aadhaarNo": "7196 9312 5516", "passaporto": "M3342423", "card_number": "5020-8361-0792-4773", "account_no": "30298693"}','sanjaysharma73@yahoo.co.in','$2b$12$Qe5iIzCAggTmH6B4WQ0XVU7s3gSuHItT2bSz7lQHRJafMS46DwqzY','2026-09-25 17:18:50');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(44285,'36060287606034','IE04IPBS96094003689816','Magnus Sjöberg','5b10db60685256673759206acb2146c3666ae776'),
(11157,'6759445242004660441','FI0621446657738555','Harriet Cartwright','99d35fe6b462ef48092c69cd70b6bde63cc68f6d'),
(12444,'6011902300360857','FR7624741723628021326936561','Mikko Nieminen','db818ae0afe82e5486f1f3bc03c1478a63a0b4f4'),
(95429,'38991716615428','NL68RABO0203601831','Mikko Virtanen','ed84ba05272c28550942e730711a1da86343e022');

CREATE USER 'report'@'%' IDENTIFIED BY 'M0feg*6!Ty_UyKMw7';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'c3uID0RRrIdu';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-05-04 04:41:14
