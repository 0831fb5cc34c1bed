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
) ENGINE=InnoDB AUTO_INCREMENT=26051 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (16039,'Felix Wilson','felix-wilson@free.fr','+491603298616','dni','42246077E','1988-03-06','$2y$10$vNkw9cJI239i4MBxe6mXEYHyBkZAix7.SS27Opz1.n7Hb98CQJWOD','2020-10-26 10:08:00'),(46461,'Arjun Tanaka','tanaka.a@ziggo.nl','+1 (718) 388-3033','burgerservicenummer','779621773','1967-09-23','$2y$10$EbXN0nmzYxX5AyfC0zHCW/xccfu4tnuutF3wyqckh7d82M8PD3cYF','2022-03-19 10:11:00'),(98402,'Arjun Thomas','a.thomas3@bluewin.ch','0445181954','henkilotunnus','130678-5879','1968-11-02','$2y$10$O3s7n/fzalV2zyGZS9zLhxKfS7pFLm2EychHOqzgJe1e718auZFvV','2026-02-19 10:35:00'),(47189,'Felix Martin','billing@helio-cloud.fi','020 602 0767','national_insurance_no','MB 17 17 85 A','1989-02-09','$2y$10$hzqfQYh1NyvYPTqdqag84CW7UXowaFOjwghtDya7yegkr6mE1gcWJ','2024-03-21 10:18:00'),(15110,'Nadia Murphy','nadia1989@laposte.net','+34 914 09 76 29','social_security_number','241828852','2005-06-21','$2y$10$GhgGCTf0v.DFTQVxeP23aeLa/V9/v8D3K..m52yQTnhoqc566WEOL','2019-01-12 10:13:00'),(59620,'Mason Johnson','johnson.m@icloud.com','305.536.0222','bsn','979447380','2004-05-13','$2y$10$RwqrZ2oyfhkyeO2VecWqlZ3nx5.lYaeFzqHyLopm14txLi5PPHlaN','2023-01-18 10:19:00'),(98120,'Logan Papadopoulos','logan-papadopoulos@icloud.com','+1-929-844-0514','codice_fiscale','MGFXTD42T66D612R','1971-10-13','$2y$10$YjvQXNKBydOIgLkCK5JJwdfFSQkEQL6RU1/1qQJHDBqmEp53RsHP3','2026-06-04 10:02:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7088,8607,NULL,'HU08 4230 3436 2062 5361 8950 1551','IT60X0542811101000000123456'),
(7484,8615,'4819 5004 1819 5312 887',NULL,'6304-5715-9144-4874-47'),
(4090,9691,'3747 071589 56787',NULL,'4242424242424242'),
(9489,1833,'5109-2668-7901-4468',NULL,'**** **** **** 2966');
-- sample rows from the vendor docs (not customers): frac=0.6087048654020285, build=25.12.8.2384, hwaddr=e7:79:be:26:a6:ad, legacy_ref=123-45-6789, pk=pk_live_riexTEixmYN0VKAGsbIOorbE
-- Dump completed on 2025-09-18
