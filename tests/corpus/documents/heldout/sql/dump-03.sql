-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=25683 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (8453,'{"customer_name": "Dirk Oberländer", "contact_email": "dirk_oberlander@gmail.com", "msisdn": "0151 11440648", "data_nascita": "1970-01-13", "steuer_id": "68295342701", "passport_no": "KF646WVK6", "card_no": "3554912518580436", "ipv6": "2607:F8B0:F7D4:5087:D2F5:D60A:235C:88C3", "account_no": "59395548"}','dirk_oberlander@gmail.com','$2b$12$86qhTAf6BI9DusucBDGugms68B5qB6pbMKz.H/dQ/ent1rRjyBo3y','2026-09-02 15:54:44'),(54733,'{"displayName": "Thibault Fontaine", "Email": "tfontaine@cobaltpay.eu", "contact_phone": "+48 22 729 47 28", "dob": "03/02/1978", "numero_securite_sociale": "246117610627872", "card_masked": "5579 **** **** 8253", "remote_addr": "2a00:1450:ded:dd43:273e::acd6", "member_id": "5587849305"}','tfontaine@cobaltpay.eu','$2b$12$vwEaAN/EedyulEvTboNLe1o0mCH/.NjUxcZsJtVO5QByr15tchNGG','2026-09-25 23:28:30'),(98035,'{"full_name": "Anders Bergqvist", "e_mail": "anders.bergqvist+billing@bredband.net", "date_of_birth": "13.10.1963", "personnummer": "0310684014", "passport_no": "38856527", "cc_number": "343597976648957", "ipv6": "2c0f:fb50:ea29:4792:a4e5:9313:7091:782f", "customer_id": "28996351695"}','anders.bergqvist+billing@bredband.net','$2b$12$GuyN.e/NjdMMRcSy3Xx52tesJjpEyhub/0uXLUtgyMVuZQaX5KdRG','2026-09-16 01:19:44'),(3007,'{"displayName": "Thijs de Vries", "e_mail": "tdevries@oakridge-clinic.co.uk", "data_nascita": "03/28/2003", "burgerservicenummer": "506 645 691", "passport_no": "ZJT78Z383", "pan": "6583642884368433", "remote_addr": "2a02:8108:d3d9:f66a:a6f8::", "member_id": "27083365329"}','tdevries@oakridge-clinic.co.uk','$2b$12$tjv0aWM92w4J3vR9XOXSENDO.5lGcnAFOKVhy3mWaiULtPIhz1L1u','2026-06-23 01:33:08'),(29451,'{"displayName": "Latoya Vasquez", "Email": "latoya_vasquez@oakridge-clinic.co.uk", "phoneNumber": "720.351.3966", "geboortedatum": "October 9, 1982", "SSN": "472 30 0177", "reisepass_nr": "539010071", "card_masked": "**** **** **** 5866", "last_ip6": "2a02:8108::3d0d:d5dd:ae61:aceb", "member_id": "81248995561"}','latoya_vasquez@oakridge-clinic.co.uk','$2b$12$VWYlzQxxKl6Z8X3UwOQ8xFZCYJOMaHVqIRbJDxugvuMauTfF06gIZ','2026-07-09 09:34:42'),(35384,'{"customer_name": "Pilar Serrano", "contact_email": "serrano.p@gmail.com", "birthDate": "14 October 1964", "documento_identidad": "25046686P", "passportNumber": "XJI563970", "card_number": "3577450721083065", "remote_addr": "2a03:2880:da92::aad:7a65", "member_id": "56029237"}','serrano.p@gmail.com','$2b$12$s3wVzAyJSi363gfSx68bLZ//rzpBuoStukN38WWYZrDHdAGaF.v5Z','2026-07-03 11:04:12');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(76773,'3576146602390378','IT68L0392875824551805825121','Svenja Wendt','493bf08f3bba242f9931fda4c1cb8f827abebe39'),
(31412,'4000056655665556','IT66N0364632509265470862189','Malte Pohl','161abf3e1cc919daa8e7a32473b6b46fa69d159f'),
(63714,'30586109649881','IE86BOFI97565709179184','Matteo Greco','feffcf686c2fef753ce2b6b84b8ff78feab860f6');

CREATE USER 'report'@'%' IDENTIFIED BY 'fjTJ&9%uu%HED*tpphZF0WP0';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'QQOsXNmu_278YxQ';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-14 02:18:34
