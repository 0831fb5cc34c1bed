-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
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
) ENGINE=InnoDB AUTO_INCREMENT=48046 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (45325,'{"displayName": "Ute Schäfer", "emailAddress": "ute.schafer83@t-online.de", "mobile": "773.487.1891", "syntymaaika": "19510205", "tax_id": "49702355611", "pan_masked": "•••• 0493", "customer_id": "58314340406"}','ute.schafer83@t-online.de','$2b$12$Luwm0QRX1aCNgmPTl8M1KkSMktPW2stBsO3wM2WlXaRPDWdIx/zd6','2026-04-18 23:49:43'),(82336,'{"displayName": "Davide Ricci", "e_mail": "d.ricci@libero.it", "cell": "+39 06 8292 1928", "last_login": "05/04/2019", "cf": "BWNZMZ52C16H501K", "passport_number": "PC2916959", "card_last4": "542966******1825", "ipv6": "2a03:2880:c4de:6a04:a766:bfb4:c06e:38a", "member_id": "28555461"}','d.ricci@libero.it','$2b$12$dEF6qDYHO9eaUvpVqS9phOfmP3HlSnzkwGs6WGYCzqGAUYeSKKW9a','2026-09-06 05:55:58'),(51871,'{"customer_name": "Mikko Mäkinen", "e_mail": "mikko.makinen+news@kolumbus.fi", "contact_phone": "+358406793673", "birth_date": "March 8, 1983", "HETU": "071260-189S", "reisepass_nr": "MR8081723", "pan_masked": "5020 **** **** 2501", "last_ip6": "2a05:d014:fb4e:6e16:5030:119f:ed25:f694", "member_id": "7865794279"}','mikko.makinen+news@kolumbus.fi','$2b$12$6bxVf5.Q3vJ3Rf1k.ERFxrELjsHjoyA0Tu6tJiWLCpKWymH9eC4iH','2026-03-23 21:42:57'),(11302,'{"name": "Declan Rowntree", "Email": "rowntree.d@ribera-seguros.es", "fecha_nacimiento": "20. August 2003", "national_insurance_number": "EW 37 19 60 B", "pasaporte": "138953632", "pan_masked": "**** **** **** 4973", "customer_id": "9250027292"}','rowntree.d@ribera-seguros.es','$2b$12$tWsmT7kK5BabqnIsLnXw9cIej9tAcztwyo/H43hUaUlGxQgbA7Whe','2026-10-04 21:04:36'),(27573,'{"full_name": "Keisha Okafor", "emailAddress": "okafor.k@fjordline-systems.no", "msisdn": "801-279-8196", "last_login": "2019-12-05", "SSN": "180 72 2970", "pan": "3563308801943812", "last_ip6": "2a0a:a540:9f0d:c1b8::1d8c:f96f", "member_id": "54925932683"}','okafor.k@fjordline-systems.no','$2b$12$Yq45vXNlRKIQU1u4JqD3GH6Mor5B6V4SWnwMkmYLRUGbIHdr7wvX5','2026-03-03 23:37:29'),(65143,'{"customer_name": "Yannick Garnier", "contact_email": "yannick.garnier93@kestrel-analytics.com", "fecha_nacimiento": "11/26/1949", "numero_securite_sociale": "2 48 06 44 254 424 52", "travel_document_passport": "16EF06273", "pan_masked": "408343******2728", "last_ip6": "2a00:1450::8924:985c:e519", "member_id": "5781971525"}','yannick.garnier93@kestrel-analytics.com','$2b$12$diXAlsPkZTw.I0id4h7F/HHJdOyYrhKAVE9v36EoU5JHU1P.Z8L7u','2026-03-17 22:10:57');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(34713,'2349201081237570','FI6228303271006454','Dustin Vasquez','42ad2968b56fe97c36d60c2b23800e39e5f5a883'),
(57720,'378282246310005','LU674917526924057800','Marcus Vasquez','62997a16bdbed19551b329c289a3e8ae99ff5238'),
(72085,'6293950153362222','AT799424618469440747','Javier Iglesias','3905f0caeebbf6029d38f2c46bd3d0de82bed827');

CREATE USER 'report'@'%' IDENTIFIED BY 'QG%60PYWr=w&~U73+j_Z2';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'b9akl3P6-GXMNfj';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '********';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-04-26 20:47:34
