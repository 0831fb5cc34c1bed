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
) ENGINE=InnoDB AUTO_INCREMENT=97523 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (64246,'Nadia García','garcia.n@gmail.com','+5511961415388','social_security_number','596-39-8003','1949-12-22','$2y$10$5q32gana5AsDu0co9cj5ugOqC3Z.FgWFNRjAedcJmZb8y293AHKn9','2026-06-21 10:21:00'),(80345,'Ethan Fernández','e.fernondez1@posteo.de','0039 02 41271596','henkilotunnus','140995-053H','1993-12-17','$2y$10$vTgmWnOLHhavvXC40vuBtHzgmqDJcgR/rKNx.lOBcOde6E0P3UcF.','2021-10-14 10:08:00'),(26716,'Francesca Iyer','francesca-iyer@btinternet.com','+49 351 836020','steuer_id','65288074319','1981-01-21','$2y$10$iLeCeWNvBe2kVGSjJwc.eAUBZ/srw78xQJrGb1kxFZ8ueEWPNa1DF','2021-04-09 10:10:00'),(5780,'Ingrid Russo','ingrid.russo+shop@me.com','+31 (0)20 702 5859','numero_securite_sociale','153097623950490','1963-10-10','$2y$10$gGqS5BURT7jl6ub1jcnanhFPxc5qDVHkL30Zpu4OT1WpZK7GFjC7F','2026-05-22 10:39:00'),(61296,'Kwame Davies','kwame.davies@virgilio.it','+1-404-542-5830','cf','GBQHVB76E01G273T','1978-07-22','$2y$10$A4K/ou/k85morCXNLPguYiL2VyUkiJbApOqWP8whiZzRfZzGKTjN2','2023-01-19 10:39:00'),(30885,'Pablo van Dijk','accounts@nordicgrid.se','+353 (0)86 118 2218','documento_identidad','94793392L','1962-04-04','$2y$10$XfCWgGhTCrZt/4VA.XSJX0/6xdZMeuR9eZTpUSTHtiCj9fljMlbrd','2022-10-07 10:21:00'),(58567,'Ava Iyer','ava_iyer59@uk.helio-cloud.fi','621 91 77 85','ni_number','LA428258A','1997-03-03','$2y$10$aC72TI3m6/Mrdy5hhbYnBGHcG7GVQQWmsPFDMThisqeHq/JFvdiuH','2023-11-09 10:23:00'),(93719,'Nora Esposito','nora.esposito+github@bluewin.ch','+39 02 1464 2507','numero_securite_sociale','205033803421561','1987-01-12','$2y$10$p0muUoWG/hBk0PzABTSd5ZhBsQ9ISJrcoN7OTDnrR9kkGe3UNpAL7','2021-02-19 10:57:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (9430,270,NULL,'GR766302859N5NYA1W74HVQ20TJ','DK41 **** **** 8777'),
(3390,4963,'2584 8111 2104 5041',NULL,'3566002020360505'),
(7239,6393,NULL,'FI3863593032794801','GB82WEST12345698765432');
-- sample rows from the vendor docs (not customers): password_hint={{ .Values.db.password }}, legacy_ref=***-**-1010, frac=0.7165871405991693
-- Dump completed on 2025-09-22
