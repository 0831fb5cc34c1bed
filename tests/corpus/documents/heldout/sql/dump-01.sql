-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=29638 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (22184,'{"name": "Anders Engström", "emailAddress": "andersengstrom5@bredband.net", "phoneNumber": "+46731505799", "DOB": "2 August 1973", "pnr": "196504213833", "passeport": "13161499", "cc_number": "4361477164784618", "remote_addr": "2c0f:fb50:489c:cbc6:f199:45aa:d36a:d914", "member_id": "80552450666"}','andersengstrom5@bredband.net','$2b$12$Wn8F3lZ/0b5A9YSCdWskC8F3SD6gWoyDVUmB5w4TA2ywyUKSd4JeT','2026-04-05 03:14:54'),(47367,'{"name": "Davide Esposito", "email": "davide_esposito@tiscali.it", "telephone": "359/2438657", "birth_date": "21 February 1956", "CodiceFiscale": "GYMGBN81P67H501M", "passport": "SB6480163", "pan": "6277276512906263", "account_no": "92438812"}','davide_esposito@tiscali.it','$2b$12$WaEtL3ccE/2LCeNWPFDOOKUR3Nd8YkIW/nmF7zXCnl6NYYxpH1.Tv','2026-07-08 01:02:41'),(79559,'{"name": "QA Automation", "emailAddress": "user@localhost", "msisdn": "+44 7700 900948", "created_at": "2022-10-21", "tax_id": "92536437011", "pan": "3714 496353 98431", "payout_iban": "DK87 4022 0553 1987 88", "client_ip": "172.18.188.94", "travel_document_passport": "<on file>", "is_test_account": "true", "ssn": "123-45-6789"}','user@localhost','$2b$12$fKyP82dNNRGKQP/yc0RELa6XRjIpLT2VEDDFXeJBHcieUyLbEIX4/','2026-06-02 17:11:09'),(7328,'{"displayName": "Priya Banerjee", "Email": "priyabanerjee40@oakridge-clinic.co.uk", "msisdn": "+91 77723 90284", "fecha_nacimiento": "December 2, 1986", "aadhaarNo": "8394 4581 7075", "passportNumber": "K9993710", "creditCard": "3816-362666-1104", "ipv6": "2a0a:a540:bdd:f35b:cb6e::eb20", "account_no": "9025307667"}','priyabanerjee40@oakridge-clinic.co.uk','$2b$12$rGm52BRKrB4lOrYGr5zY7es6UylReWmMHtzFcLAYh4YzSVjCCNFf7','2026-05-17 21:08:48'),(74834,'{"customer_name": "Thijs van Dijk", "emailAddress": "t.vandijk@kestrel-analytics.com", "fecha_nacimiento": "1943-01-09", "BurgerServiceNummer": "621712073", "passport": "FEKHT2AZ7", "cardNumber": "4257 2691 2552 5330", "account_no": "71624547102"}','t.vandijk@kestrel-analytics.com','$2b$12$HMVHe3LpuA/yx7G2Xkg1NUJxvR8rpzOVQQWAY642yc/kgSHqcNhOA','2026-06-02 20:14:56'),(65873,'{"full_name": "Jane Doe", "contact_email": "test.user40@test.invalid", "phone": "+1 415 555 0187", "created_at": "2022-04-09", "SteuerID": "13680925679", "creditCard": "3572378373130645", "iban": "GB18NWBK34094918799950", "ip_address": "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "reisepass_nr": "N/A", "is_test_account": "true"}','test.user40@test.invalid','$2b$12$zE564awBS62cxDasns/AB/ALVs2A7ljl3keCd9wBQlPSUE9hEuYSr','2026-11-23 04:31:07'),(1367,'{"displayName": "Oliver Rowntree", "contact_email": "o.rowntree@larkspur-insurance.com", "birthday": "21.06.1957", "nino": "TR096310D", "travel_document_passport": "769023530", "pan_masked": "**** **** **** 7568", "member_id": "87094460276"}','o.rowntree@larkspur-insurance.com','$2b$12$amitmP1jjw4U1e63Y2l6fMb10q6OKJHeq0.vRPF873RqMRFvbw9rn','2026-04-07 20:10:10');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(92335,'5164550653665005','NL75SNSB0520152093','Federica Ferrari','298bf2c31ee90eeba0dcbf42b7eb1b2f5d51b317'),
(68657,'5516779129429135','CH1500773498804618287','Benoît Garnier','d3fe4620745f737baba812c6dc6841641fbb9304'),
(32067,'372004887797001','SE1165833316620490907911','Amélie Chevalier','0b15caa1f770122a106327af547a128e8139bfcc'),
(78686,'4000056655665556','FI5651215641318029','Björn Bergqvist','98b2737d198e437a46ae9b912f5c39473bb8df70');

CREATE USER 'report'@'%' IDENTIFIED BY 'Velvet289#';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Granit1679-';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-20 22:09:31
