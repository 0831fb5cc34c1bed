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
) ENGINE=InnoDB AUTO_INCREMENT=38168 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (70353,'Mei Patel','mei1989@btinternet.com','+44 7887 190558','aadhaar_no','8918-1979-6302','1968-08-14','$2y$10$73AWjRiaoWVK4VByf.3Li4slCkowPI3.LpfyCee9jIax9Tu46yuL3','2019-12-16 10:39:00'),(69171,'Priya Jansen','priya.jansen+travel@me.com','+61290635186','reisepass_nr','926799400','1964-01-12','$2y$10$sipqhI6Wt1yuIiAp901f4uMUGCD2izRaNYAQY8yMV5xMfQ8cS.3oz','2022-05-17 10:27:00'),(31681,'Amelia Wang','amelia2003@btinternet.com','+33 1 94 82 85 77','codice_fiscale','GNDCHK46M68D612Q','1978-11-17','$2y$10$vU8lSuLhDNBIWfWyHMmssLD43t3QaWEaAQ5CRku8p6cKIlPZ1u/bl','2026-11-24 10:44:00'),(99278,'Giulia Dubois','g.dubois1@yahoo.com','510.684.6540','hetu','021065-0026','1952-10-08','$2y$10$5iLTpuC76vpJGFQqMDexmBycxByvgMiSXBrFrzoNFuJmPbuyrH5Gj','2021-01-13 10:06:00'),(80981,'Zoë López','zoe_lapez66@proton.me','+353 87 167 6793','steueridentifikationsnummer','52 310 609 783','1997-11-25','$2y$10$b2x3.I2WL6epeJpFhJst/GHHlQFaCh6EiM6igRIMIuPeJHqAyYntJ','2022-06-09 10:28:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (9194,6904,'6227 0554 7371 0752',NULL,'4111-1111-1111-1111'),
(1448,3344,NULL,'NO47 0139 9442 832','NL91ABNA0417164300'),
(6761,9515,NULL,'PL90-5095-9609-4882-0874-0511-1075','ES9121000418450200051332');
-- sample rows from the vendor docs (not customers): frac=0.8413871033150500, clause=52.204-21, example_token=glpat-XXXXXXXXXXXXXXXXXXXX
-- Dump completed on 2026-09-23
