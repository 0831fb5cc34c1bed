-- MySQL dump 10.13  Distrib 8.0.31, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.34

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
) ENGINE=InnoDB AUTO_INCREMENT=53747 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (31170,'{"full_name": "Niamh Ashworth", "emailAddress": "niamh.ashworth78+shop@acornlegal.com", "tel": "07961 647437", "birth_date": "1994-12-11", "nationalInsuranceNo": "BR 18 24 99 D", "passportNumber": "380542293", "card_masked": "5018 **** **** 6753", "ipv6": "2620::2d0:0:0:0:951:1b37", "customer_id": "3759784023"}','niamh.ashworth78+shop@acornlegal.com','$2b$12$3hkL7u56o9zv3AsRxavOMzGKnZcxIebXnTALvk28oti8WoMJLk3dS','2026-08-16 19:16:50'),(93578,'{"customer_name": "Mercedes Ortega", "mail": "mercedesortega67@telefonica.net", "telephone": "+34691006234", "geboortedatum": "2000-12-01", "documento_identidad": "Z-8250182-H", "pasaporte": "VNE629620", "pan_masked": "•••• 2964", "ipv6": "2001:41d0:cb0:2339:723b:4006:af3c:8e66", "member_id": "42207950"}','mercedesortega67@telefonica.net','$2b$12$8sstJEWNUCbDOPSD3lk8TctwKb3vhQoa.0kKtv5A60uwouI2DOwzZ','2026-02-19 22:55:14'),(78720,'{"customer_name": "Björn Lindström", "emailAddress": "blindstrom@sundsvall-energi.se", "cell": "+46767666782", "last_login": "18/06/2025", "pnr": "6304186577", "pasaporte": "97560525", "card_number": "6296858299387499", "ipv6": "2A00:1450:85E9:2F8D:E5AE:5F99:155D:5CEE", "account_no": "47352436729"}','blindstrom@sundsvall-energi.se','$2b$12$BFDW0kZdV.OiwyaMTNv2BKkG4XVIjU2kjxFTPbxDjINv9qNBL5mgE','2026-11-02 05:25:41'),(62409,'{"name": "Thibault Lefebvre", "Email": "thibault.lefebvre@oakridge-clinic.co.uk", "geburtsdatum": "1991-05-12", "nir": "2 62 04 59 029 915 47", "pasaporte": "16FT13407", "pan_masked": "4549 **** **** 4737", "customer_id": "5876832148"}','thibault.lefebvre@oakridge-clinic.co.uk','$2b$12$4sYoiicprChbqMnFv/890/dvkSn52TZQNxkV02UnJAOT7sxyuENQE','2026-08-12 23:15:42'),(55923,'{"name": "Femke de Boer", "emailAddress": "femke.deboer62@ziggo.nl", "tel": "020-349 7739", "created_at": "07/04/2024", "BurgerServiceNummer": "530764787", "cc_number": "3537 2532 2717 7921", "ipv6": "2607:F8B0:3EBC:C0B2:6261:CF14:71A7:930A", "account_no": "39202878"}','femke.deboer62@ziggo.nl','$2b$12$9Db1hPDbWR8AOLj1O9jnqqmGg98/CthE0KwLxZijoz3lsMKtk2jCp','2026-07-23 12:38:55'),(98070,'{"full_name": "Ananya Banerjee", "mail": "ananya.banerjee82@gmail.com", "date_of_birth": "11.06.2000", "AADHAAR": "980885088431", "passeport": "U1722746", "cc_number": "4084516513251401", "account_no": "9188097384"}','ananya.banerjee82@gmail.com','$2b$12$EOA0lhnWkf.opQncrnSAkAN0BY46TYs7fqSR.gpCC4x6ty3ek9Ln4','2026-09-24 08:35:29');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(35498,'4439252358201515','DE10708942932089571655','Jennifer Harrington','7d5fb792c0e12d7f08048a1c58daee2e5fef539b'),
(63002,'2712027880350705','ES3221119983350300698004','Satu Salminen','2467855d7b899ad6664a151a8e45826bf70b7c41'),
(86166,'6293467442743582','DK3212757886284332','Sergio Ortega','59cec0b32e86ff6d82618052098ef385da8420f1');

CREATE USER 'report'@'%' IDENTIFIED BY 'Cobalt1029@';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Tiger746-';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '********';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-22 01:48:59
