-- MySQL dump 10.13  Distrib 8.0.37, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
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
) ENGINE=InnoDB AUTO_INCREMENT=20297 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (73292,'{"customer_name": "Femke Hendriks", "e_mail": "femke_hendriks@verdanthealth.org", "geburtsdatum": "1960-06-14", "BSN": "623 191 520", "travel_document_passport": "BASF9I8D0", "card_masked": "•••• 5030", "customer_id": "65253375"}','femke_hendriks@verdanthealth.org','$2b$12$1JzUmtm7PHXHMVHe3LpuA/yx7G2Xkg1NUJxvR8rpzOVQQWAY642yc','2026-11-16 09:16:40'),(87857,'{"customer_name": "Björn Lindström", "email": "bjorn_lindstrom@bredband.net", "geboortedatum": "22 August 1944", "person_nr": "9709036694", "passport_number": "22127490", "card_masked": "265926******5679", "member_id": "9558560839"}','bjorn_lindstrom@bredband.net','$2b$12$JMV91ld9YNZAylVN6GKdRtZN8MT3CYWnZnJdkd7cQzriwxzE564aw','2026-11-25 00:37:09'),(3633,'{"customer_name": "Jane Doe", "user_email": "<email>", "cell": "07700 900816", "signup_date": "10/08/2019", "NIR": "276046752898545", "cc_number": "4111 1111 1111 1111", "payout_iban": "ES91 2100 0418 4502 0005 1332", "ip_address": "::ffff:10.201.70.170", "passport": "N/A", "is_test_account": "true", "ssn": "479-00-7756"}','<email>','$2b$12$W71BamitmP1jjw4U1e63Y2l6fMb10q6OKJHeq0.vRPF873RqMRFvb','2026-07-18 15:35:44'),(72859,'{"displayName": "Mercedes García", "email": "mgarcia@sundsvall-energi.se", "birth_date": "10/26/1994", "documento_identidad": "75005581-M", "pan": "4742 9844 5716 1073", "member_id": "58990775859"}','mgarcia@sundsvall-energi.se','$2b$12$A3ys/SKvd5vEvI9V2UFtPGdxRNPQiSNdr1s.iFR6ZvX2O96TaIDcQ','2026-03-16 07:06:14'),(69540,'{"customer_name": "Max Mustermann", "e_mail": "<email>", "contact_phone": "0113 496 0217", "signup_date": "28.12.2024", "cf": "MWFBVR84C49F839E", "cc_number": "6202643050296850", "debtorIban": "AT61 1904 3002 3457 3201", "ip_address": "2001:db8:164b::1a6a", "pasaporte": "<on file>", "is_test_account": "true", "ssn": "666-61-0842"}','<email>','$2b$12$.uU8Naty0w1p0mOuLdnhuIcMc0Hmg7TNcrRao4nsmGK8WxPmQeOtv','2026-05-25 17:37:46');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(39514,'4054663225661919','DK4138717329685232','Mikko Virtanen','fcdb6d7214f472dc5ca22e8875153a0643812c95'),
(69045,'6267770607100875','CH3706742414202405869','Bethany Rowntree','8ad874de83f27387257a9d98ea73392e4437e05d'),
(10888,'5555555555554444','SE7381928078436378178674','Lorenzo Ricci','788b7c6b13b6b7656f10e71534860068dcab46b8'),
(28883,'3529278812722658','PT33082474622441173610099','Ute Wendt','e13ec881fb894c2c374c1dde3ca2cc5e029444f8');

CREATE USER 'report'@'%' IDENTIFIED BY 'TMTBNR\Gm8GyT#';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY '78HApJ4m_JhSmDj';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-12 13:30:30
