-- MySQL dump 10.13  Distrib 8.0.38, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=24487 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (337,'{"full_name": "Femke Visser", "e_mail": "f.visser@gmail.com", "fecha_nacimiento": "1946-03-20", "bsn": "393095733", "PassportNo": "SXG8L73K9", "cc_number": "6239 2595 2145 2260", "ipv6": "2A01:4F8:C330:DAA5:1913:C27F:811C:33D7", "customer_id": "5450945854"}','f.visser@gmail.com','$2b$12$4YgreoxA8gan2oooDm4C20IZTUClDBuCcYpJXfq41147Bv2fSoRJn','2026-10-11 01:09:28'),(23458,'{"full_name": "Bethany Gwynne", "user_email": "bgwynne@sky.com", "date_naissance": "January 25, 1998", "national_insurance_number": "SP 80 86 91 C", "passaporto": "308999424", "card_masked": "**** **** **** 1621", "remote_addr": "2620:0:2D0:DAF6:2A34:E694:5564:60FD", "account_no": "28891388692"}','bgwynne@sky.com','$2b$12$Zz6xe.EyiL/0E0lJQRFId7TTZtcll3Q0R.3t76zaFU0.HNeF8llg4','2026-10-01 15:55:15'),(49613,'{"name": "QA Automation", "user_email": "someone@domain.test", "cell": "07700 900596", "last_login": "17.03.2022", "personnummer": "860715-3120", "cardNumber": "**** **** **** 2784", "debtorIban": "DE21625019725378068052", "client_ip": "2001:db8:88bf::cee0", "PassportNo": "REDACTED", "is_test_account": "true"}','someone@domain.test','$2b$12$Mo9vqeMPcBQZmxLLA5L5YCiGNG16hPsaD.TXqicJhw8Q9LtbVYb20','2026-10-02 10:48:58'),(24268,'{"name": "Bradley Brennan", "mail": "bradley.brennan@icloud.com", "birthDate": "2001-04-28", "socialSecurityNumber": "768052160", "passeport": "520676262", "card_last4": "•••• 3618", "customer_id": "7189502622"}','bradley.brennan@icloud.com','$2b$12$FfkIfklBf4OtAagbuxK4HG2LXJqNF1rcBblhSmPOIbBBq5Sk.3Np2','2026-03-20 10:14:34'),(17053,'{"full_name": "Imogen Cartwright", "e_mail": "imogen.cartwright@outlook.com", "phoneNumber": "0131 307 3743", "DOB": "1963-09-16", "nationalInsuranceNo": "XZ 15 66 70 C", "passport": "405113260", "card_last4": "**** **** **** 4054", "account_no": "87685549"}','imogen.cartwright@outlook.com','$2b$12$kKyexWDlMzQWRujXUtuK5Vxkx6KS8KXZSsPfW2EueDpj2lBDlXV.k','2026-02-15 09:06:42');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(46930,'6011927753810434','GB16NWBK36290790746865','Oliver Pemberton','d43461760cb56010620250591ba7458f0e3d6d71'),
(83042,'5387951529435022','FR7625564631082313545294003','Javier Ruiz','09d31f571ffaf09d933b87c7544d1489daeb4177'),
(65491,'374871265602096','IT98Q0387149362816356244554','Sanjay Kulkarni','d454fb361dfc486f298f13d1cbf21333a05619cb'),
(38540,'2592164640306791','CH3102938260468164230','Alessia Ricci','33637286dbbb6703d3d45e37f667e9a4ae24e8de'),
(82971,'4182851292489497','PT41542287526736521551067','Lucía Ortega','94dd9ded0e6d0b5ff87f2ab23590f7fa08376774');

CREATE USER 'report'@'%' IDENTIFIED BY 'Juniper612@';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'rmNUg210_HSvpLR';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-14 12:25:49
