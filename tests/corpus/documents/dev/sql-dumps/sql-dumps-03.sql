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
) ENGINE=InnoDB AUTO_INCREMENT=24455 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (83365,'Omar Virtanen','o.virtanen4@me.com','+55 61 96182-6994','tax_id_de','48 139 637 521','1955-06-04','$2y$10$8PIPFxACiX8DuRiRkwHBzG0WeSIw7sQKOOngPT15anzo4htRxpgM/','2022-09-11 10:43:00'),(29082,'Zuzanna de Vries','zuzanna_devries81@hotmail.co.uk','+91 87682 18639','tax_code','HRSKRV82C12H501H','1972-08-01','$2y$10$0bxRapwW6pHHoSml0t6RwevPmcgeLt/o52o.hB6DdGVInl.mneWV5','2020-12-13 10:05:00'),(96330,'Nora Murphy','nora-murphy@uk.lumenbank.nl','+33168176079','bsn','700485570','1978-03-05','$2y$10$.s2RfH2YLCHXrUzZwm9aefGoiXLPPJRQDCWYzqkZ3CshHW676sXHE','2024-04-12 10:21:00'),(40529,'Lucía Nakamura','support@kestrel-analytics.de','+61436734288','personal_identity_number','010804-8299','1972-05-07','$2y$10$RzffQaomJypAR.KoODadoOIE9J9rJ2aLsrlBwg2ZCBXr3Qq.pOk65','2019-06-18 10:45:00'),(32653,'Giulia Wiśniewski','giulia-wisniewski@uk.meridian-pay.eu','+33 4 56 45 84 78','aadhaar','8249 6398 0278','1991-05-21','$2y$10$B3zxcHCcV0/VjyLXDKkT/dZhbnIiIpcMXirwAWDdUjyuJNMMmNqxp','2019-02-03 10:42:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (1587,2785,NULL,'PT28748584228752517042276','SE27 **** **** 2691'),
(5500,1572,'9792-1486-7700-1950',NULL,'30569309025904'),
(4332,7291,NULL,'AT02 5553 0499 6359 5228','CZ9730886837369133198847');
-- sample rows from the vendor docs (not customers): driver_version=17.7.230.115, chunk=UW9d/HRdNGYHAIzaSyliwXKxuwmeXlMkbs2J5XB1DqDKLKHnhQdGpPgNiYiDhRNV3w4, example_token=key-00000000000000000000000000000000, contact=ops@corp.example
-- Dump completed on 2023-03-12
