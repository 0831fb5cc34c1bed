-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.4.21    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40103 SET TIME_ZONE='+00:00' */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_name` varchar(200) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(40) DEFAULT NULL,
  `id_type` varchar(40) DEFAULT NULL,
  `id_value` varchar(64) DEFAULT NULL,
  `birth_date` varchar(20) DEFAULT NULL,
  `password_hash` char(60) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=84241 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (72234,'Zuzanna Williams','zuzanna-williams@ziggo.nl','+353 86 784 4122','SSN','129015659','1973-03-17','$2y$10$kCkJ4dNcxkDLVRo6hvOGvi.WFSxXgEd8Gl2fBzXvYA8TyOq2zq0BA','2023-11-02 10:01:00'),(30199,'Olivia Williams','owilliams@googlemail.com','650.403.2092','dni','Y1622183F','1971-11-12','$2y$10$ff7ObkYbGVWSUf/7haw5M/JddNzNduQa7H7dNzBoO8daMUYPTqjBB','2021-11-27 10:21:00'),(75870,'Noah Novak','noah1981@aol.com','+39 0218108614','nir','284115904202764','1979-02-11','$2y$10$XIkCYubSj/TEUmHq2t5o6AGIwpoatRXkPlzZfE2w8sll01SxRF8YX','2025-03-08 10:56:00'),(37139,'Sofía van Dijk','svandijk@bluewin.ch','(0118) 728 4109','nino','ZT048250B','1993-07-24','$2y$10$tnGD6rcE5HTEg3hEfc6kJvz07Z.tBh/hPh//505T8pAbdLv2mgZiE','2025-10-23 10:46:00'),(34531,'Lars Kim','kim.l@gmail.com','+49 89 5177 934','steueridentifikationsnummer','70 693 249 159','1969-10-26','$2y$10$xdmrFZo.LMqt2.I4Lfe5GfQ1s1rWv2UxsdkmdVEGmEuGR6ZWsEoha','2022-07-11 10:10:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (3837,6540,NULL,'AT84 3204 4172 1274 2441','GR04 **** **** 46NW'),
(773,3484,'6226282309213924714',NULL,'XXXX-XXXX-XXXX-5018'),
(9089,4371,'2202 1986 4502 8162',NULL,'XXXX-XXXX-XXXX-9510');
-- sample rows from the vendor docs (not customers): driver_version=49.0.196.217, build=6.11.187.4265, at=14:49:38, span=5b3288a6ccd9, principal=AIDAQFEHHVQHSST7ZKGGP
-- Dump completed on 2024-09-23
