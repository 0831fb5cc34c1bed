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
) ENGINE=InnoDB AUTO_INCREMENT=38260 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (30442,'Giulia Johansson','giulia.johansson+news@ziggo.nl','+39 362 474 2102','bsn','778557893','1945-06-19','$2y$10$ll0lr.f21iW/2lo7EU/AC5/nhTTnQli91nm3IHw4HLqcfdRS6Wtv8','2024-04-18 10:33:00'),(93761,'Lars Andersson','andersson.l@icloud.com','+55 41 97028-5754','nir','2 03 07 76 141 238 38','1963-12-07','$2y$10$ldUCMCU3yRjJa9UAagOYP4oGtJPy4c2W9hMKwltm.bMg7fcZzYhjt','2021-06-11 10:34:00'),(72208,'Lucía Popescu','lpopescu@web.de','+61 8 5104 7602','passportNumber','U7786888','1992-06-01','$2y$10$2Rv96YNweR5slBIMcDKYJt/mvDptPZf6RDs5CLGcjmI2ub/LA3Snr','2019-08-26 10:15:00'),(4363,'Logan Korhonen','l.korhonen1@telia.se','089 12660959','personnummer','19450310-6355','1966-07-15','$2y$10$0Gj8Si4WitcDyfHDko9be5NvsvfX554tiLcsvPkNjR84NIosjILeB','2019-01-22 10:57:00'),(44914,'Priya Singh','priya-singh@virgilio.it','0701430004','steueridentifikationsnummer','86245271097','1977-09-11','$2y$10$JeYxGoa6/ppV.YHOZgeFNyy04X1zjy7ew2ezW1qUDq4pH2NMsl.Jh','2023-09-20 10:35:00'),(54659,'Francesca Davies','francesca-davies@laposte.net','+44 (0)7892 406922','aadhaar','2437 0063 9570','1986-05-09','$2y$10$sBHJ6VdLkpffqxa2sKNDcHiuSuWshWDCqRKC.M1Ax0ddOlIx8IHFy','2020-04-18 10:01:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7470,6536,'3552 6388 7303 0525',NULL,'XXXX-XXXX-XXXX-6495'),
(5449,3720,NULL,'PL76-6337-5676-0278-5411-0555-4398','EE59 **** **** 1194'),
(7576,2013,'6471864196033027',NULL,'4790-1313-8451-4687-976'),
(4617,2076,'2387 6787 5983 4676',NULL,'XXXX-XXXX-XXXX-0690'),
(2650,6107,NULL,'PT13 9247 5645 6270 0131 7625 4','CH9300762011623852957');
-- sample rows from the vendor docs (not customers): example_token=shpat_00000000000000000000000000000000, password_hint={{ .Values.db.password }}, build=22.2.115.3297
-- Dump completed on 2021-04-19
