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
) ENGINE=InnoDB AUTO_INCREMENT=46982 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (7136,'Francesca Johnson','f.johnson4@libero.it','+1 (718) 651-5770','no_insee','167043186751224','1956-03-21','$2y$10$bn3V6KpLDtFIUeuayvXpzVm/3E4lcyIlC.MqGF9VSJezu9g3eA8X.','2025-10-02 10:36:00'),(71175,'Erik Patel','erik.patel+github@icloud.com','+33 (0)4 55 72 27 48','passport_number','XFJ707591','1973-01-15','$2y$10$kugYW6tq6eocKqPto7IXk1N1rK2wVvGodSr4PiGKkMggyAfd0vjIt','2024-07-04 10:02:00'),(7012,'Fatima Tanaka','fatima1975@elisanet.fi','+44 (0)141 376 5640','nif','96995959Z','1987-05-11','$2y$10$9cV/PfwwF5L9L6QXTphUg0M1.cY/AG9yNn2Uhd29XP7EuLG/xxzyQ','2026-05-25 10:24:00'),(78677,'Javier Roberts','javier_roberts61@t-online.de','062863 14337','burgerservicenummer','293001364','1947-08-17','$2y$10$OluMZAvP.vTwa/M9hD1OUaC/GDDZzaUjzizRj9VRQh5qPbt9EQqk4','2024-02-17 10:37:00'),(44048,'Jonas O''Brien','j.obrien4@proton.me','+55 11 990794047','aadhaar','9535 9276 6651','1974-08-08','$2y$10$hF8reV.utxGHrBwOijKBUOdZOJyHE2UvQNnfirJFfwMTpXLfBQCBr','2021-01-15 10:42:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (3744,2805,NULL,'DE75357433894949528401','SI37387667122240331'),
(3420,4090,'5548 1135 7823 5003',NULL,'4111-1111-1111-1111'),
(7948,1692,NULL,'CH65-4911-3L5W-SW2D-85N9-1','CZ2900600079946146489023');
-- sample rows from the vendor docs (not customers): contact=liam@example.com, password_hint=abcdefgh, support=+1 415 555 0199
-- Dump completed on 2020-11-22
