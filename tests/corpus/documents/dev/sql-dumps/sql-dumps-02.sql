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
) ENGINE=InnoDB AUTO_INCREMENT=32337 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (95583,'Amelia Fernández','afernondez@orange.fr','+918823185526','tax_id_de','98674525031','1986-02-16','$2y$10$rSAz5CkqPt0PW7.baPLAkPJdBWK669OOCzIQB9ajugyZMfJUJ7IUj','2024-11-19 10:15:00'),(44453,'Zuzanna de Vries','zuzanna_devries18@eu.quartzsoft.fr','+91 6755824002','cf','TDLDVP61D48L219D','2001-12-11','$2y$10$5qQcaJQLlfNc78IVR.QiIO/C8HNS3pUIOVKFYMDvrw3AmA9kBeCSt','2025-02-13 10:21:00'),(5942,'Anna Patel','info@lumenbank.nl','+39 0216758891','dni','29016340T','1957-11-08','$2y$10$Ybwqv7vNkaysulx/7VfwLgvE9hUvleXBFQk9Ns2Dj/DWxcyEsU50a','2024-12-24 10:18:00'),(16537,'Isla Chen','i.chen8@telia.se','713-834-3176','steueridentifikationsnummer','87933106252','1950-06-05','$2y$10$SFhWHQ1gSIsNiiijAWKtfUL3MqPi.gJ3cafJDyj68et4g.uHPcZ./','2022-11-12 10:53:00'),(95634,'Maximilian Schneider','maximilian.schneider@btinternet.com','+34918547711','bsn','429803527','1944-02-26','$2y$10$pexvfja4nrehHNxq49BfNRTF7b5Kh8vw/TA/rmH8rYZjMwCfEgLH0','2026-10-16 10:09:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (2727,7517,NULL,'SE79 1683 7690 7851 3263 0250','FR12 **** **** 8710'),
(621,7926,NULL,'GB93CLRB63110922052850','HU88 **** **** 8973'),
(3928,2777,NULL,'ES27-3390-7035-6694-3878-4410','SK18 **** **** 1690'),
(6882,4090,NULL,'SK1674380131252938505000','CH9300762011623852957');
-- sample rows from the vendor docs (not customers): password_hint=<redacted>, test_card=**** **** **** 0624, support=020 7946 0332
-- Dump completed on 2026-12-09
